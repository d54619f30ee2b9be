package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.workbench.scenario.ScenarioFiles;
import org.knotwise.workbench.scenario.ScenarioResult;
import org.knotwise.workbench.scenario.ScenarioRunner;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every rule of the built-in rule base fires in at least one scenario file, so a rule nobody can
 * reach (or one added without a scenario saying what it should do) is caught.
 */
class RuleCoverageTest {

    /** The project's scenario files, in name order. */
    private static List<Path> scenarioFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(RuleCoverageTest.class.getResource("/scenarios").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
    }

    @Test
    void everyRuleFiresInSomeScenario() throws IOException, URISyntaxException {
        Set<String> fired = new TreeSet<>();
        for (Path file : scenarioFiles()) {
            for (ScenarioResult r : new ScenarioRunner(RuleTesting.ENGINE).run(ScenarioFiles.readJsonLines(file))) {
                if (!r.outcome().isError()) {
                    r.outcome().assessment().explanation().stream().map(ExplanationStep::rule).forEach(fired::add);
                }
            }
        }
        Set<String> all = new TreeSet<>();
        RuleTesting.ENGINE.ruleBase().rules().stream().map(RuleDescription::id).forEach(all::add);

        assertThat(fired).as("rules that fired in the scenario files").containsAll(all);
    }

    /**
     * Issue 19: deleting a safety, caution or professional rule is caught by name. The engine's safety net
     * would hide a deleted stop, so a scenario names each such rule in {@code expect.rulesFired}.
     */
    @Test
    void everySafetyCautionAndProfessionalRuleIsNamedInSomeScenario() throws IOException, URISyntaxException {
        Set<String> named = new TreeSet<>();
        for (Path file : scenarioFiles()) {
            ScenarioFiles.readJsonLines(file).forEach(s -> s.expect().path("rulesFired").forEach(id -> named.add(id.asText())));
        }
        Set<String> safety = new TreeSet<>();
        RuleTesting.ENGINE.ruleBase().rules().stream().map(RuleDescription::id)
                .filter(id -> id.startsWith("safety.") || id.startsWith("caution.") || id.startsWith("pro."))
                .forEach(safety::add);

        assertThat(named).as("rules named in some scenario's rulesFired").containsAll(safety);
    }
}
