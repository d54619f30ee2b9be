package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.knotwise.kb.Problem;
import org.knotwise.workbench.gate.GatedRuleBase;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built-in rules pass their own gate (type-checked compile, then golden.jsonl) at build time, so the
 * commands load them without running it again.
 */
class BuiltInGateTest {

    @Test
    void theBuiltInRulesPassTheirGoldenScenarios() {
        List<Problem> problems = GatedRuleBase.check(null);

        assertThat(problems).filteredOn(Problem::isError).isEmpty();
    }
}
