package org.knotwise.engine;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.Complaint;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A rules folder that never declares the kb global still assesses cases (the engine sets it only when declared). */
class RulesWithoutKnowledgeBaseTest {

    @Test
    void aRuleBaseWithoutTheKbGlobalRuns() throws Exception {
        Path folder = Path.of(RulesWithoutKnowledgeBaseTest.class.getResource("/rules/no-kb-global").toURI());
        Knotwise engine = Knotwise.withRules(folder);

        Assessment a = engine.assess(new Case("k1", Complaint.of("calf"), List.of(), List.of(), null));

        assertThat(a.explanation()).extracting(s -> s.rule()).containsExactly("test.plan");
    }
}
