package org.knotwise.cli;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.batch.CaseOutcome;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.Professional;
import org.knotwise.workbench.catalogue.Catalogue;
import org.knotwise.workbench.catalogue.RuleSources;
import org.knotwise.workbench.gate.GoldenScenarios;
import org.knotwise.workbench.scenario.Coverage;
import org.knotwise.workbench.scenario.CoverageAnalyzer;
import org.knotwise.workbench.scenario.Scenario;
import org.knotwise.workbench.scenario.ScenarioResult;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rules test --coverage} over the built-in golden scenarios: every caution code they expect counts as
 * expected (it was once listed under "Codes no scenario expected", CHEST_HEART and five others).
 */
class GoldenCoverageTest {

    /** Code coverage reads only the expectations: every outcome may be the same stand-in. */
    private static final Assessment ANY = new Assessment("g", false, List.of(), List.of(), null, List.of(), List.of(),
            new Professional(false, "none", List.of(), List.of()), List.of(), List.of(),
            List.of(new ExplanationStep("safety.red-flag", "§ x", "why", List.of())), List.of(), List.of(), null);

    @Test
    void theCautionsGoldenExpectsCountAsCovered() {
        List<Scenario> golden = GoldenScenarios.read();
        Set<String> expectedCautions = new TreeSet<>();
        golden.forEach(s -> s.expect().path("cautions").forEach(c -> expectedCautions.add(c.asText())));
        Catalogue builtIn = RuleSources.catalogue(null);
        List<ScenarioResult> results = golden.stream()
                .map(s -> new ScenarioResult(s, new CaseOutcome(1, s.name(), "{}", ANY, null), List.of())).toList();

        Coverage c = CoverageAnalyzer.analyze(builtIn, results);

        assertThat(expectedCautions).as("caution codes golden.jsonl expects").contains("CHEST_HEART").hasSizeGreaterThan(5);
        assertThat(builtIn.codes()).as("codes the built-in rules conclude").containsAll(expectedCautions);
        assertThat(c.unexpectedCodes()).as("codes listed as 'no scenario expected'").doesNotContainAnyElementsOf(expectedCautions);
    }
}
