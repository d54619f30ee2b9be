package org.knotwise.engine;

import org.knotwise.engine.rulebase.RuleBaseException;
import org.knotwise.kb.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A rules folder with one broken file is refused whole, naming the file and line. */
class BrokenRulesTest {

    @Test
    void oneBrokenFileRefusesTheWholeRuleBaseWithFileAndLine() throws Exception {
        Path folder = Path.of(BrokenRulesTest.class.getResource("/rules/broken").toURI());
        RuleBaseException e = catchThrowableOfType(RuleBaseException.class, () -> Knotwise.withRules(folder));
        assertThat(e).as("a folder with a broken file must not load").isNotNull();
        assertThat(e.problems()).filteredOn(Problem::isError).isNotEmpty()
                .allSatisfy(p -> assertThat(p.file()).isEqualTo("b-broken-file.drl"))
                .anySatisfy(p -> assertThat(p.line()).isEqualTo(10));
        assertThat(e.getMessage()).contains("b-broken-file.drl:10");
    }
}
