package org.knotwise.rules;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.knotwise.engine.Explain;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.workbench.generate.CaseGenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.knotwise.rules.RuleTesting.ENGINE;

/**
 * The leaner explanations change the explanation and nothing else: full is byte for byte today's
 * answer, ids is the same steps with their rule ids alone, none has no explanation field.
 */
class ExplainLevelsTest {
    private static final int CASES = 3_000;

    @Test
    void eachLevelChangesOnlyTheExplanation() {
        CaseGenerator generator = new CaseGenerator(12L);
        int withSteps = 0;
        for (int i = 0; i < CASES; i++) {
            Case c = generator.nextCase();
            Assessment reference = ENGINE.assess(c);
            String full = KnotwiseJson.write(reference);
            assertThat(KnotwiseJson.write(ENGINE.assess(c, Explain.FULL), Explain.FULL)).as(c.id()).isEqualTo(full);
            assertThat(KnotwiseJson.write(reference, Explain.FULL)).isEqualTo(full);

            ObjectNode expectedIds = (ObjectNode) KnotwiseJson.parse(full);
            ArrayNode ids = KnotwiseJson.mapper().createArrayNode();
            expectedIds.withArray("explanation").forEach(step -> ids.addObject().put("rule", step.get("rule").asText()));
            expectedIds.set("explanation", ids);
            assertThat(KnotwiseJson.write(ENGINE.assess(c, Explain.IDS), Explain.IDS)).as(c.id())
                    .isEqualTo(expectedIds.toString());

            ObjectNode expectedNone = (ObjectNode) KnotwiseJson.parse(full);
            expectedNone.remove("explanation");
            String none = KnotwiseJson.write(ENGINE.assess(c, Explain.NONE), Explain.NONE);
            assertThat(none).as(c.id()).isEqualTo(expectedNone.toString()).doesNotContain("\"explanation\"");
            withSteps += ids.isEmpty() ? 0 : 1;
        }
        assertThat(withSteps).isEqualTo(CASES);
    }

    @Test
    void onlyTheTextReportGetsWhatEachStepConcluded() {
        Case c = new CaseGenerator(12L).nextCase();
        assertThat(ENGINE.assess(c).explanation()).anyMatch(step -> !step.concluded().isEmpty());
        assertThat(ENGINE.assess(c, Explain.FULL).explanation()).allMatch(step -> step.concluded().isEmpty());
        assertThat(ENGINE.assess(c, Explain.NONE).explanation()).isEmpty();
        assertThat(ENGINE.assess(c, Explain.IDS).explanation()).allMatch(step -> step.because() == null);
    }

    @Test
    void anUnknownLevelIsRefusedNamingTheValues() {
        assertThat(Explain.parse("ids")).isEqualTo(Explain.IDS);
        assertThatThrownBy(() -> Explain.parse("some")).hasMessage("explain must be none, ids or full, not some");
    }
}
