package org.knotwise.rules;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwise.engine.rulebase.BuiltInRules;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.workbench.mutate.EquivalentMutants;
import org.knotwise.workbench.mutate.Mutant;
import org.knotwise.workbench.mutate.MutantMaker;
import org.knotwise.workbench.mutate.MutationReport;
import org.knotwise.workbench.mutate.MutationRun;
import org.knotwise.workbench.mutate.MutationText;
import org.knotwise.workbench.scenario.Scenario;
import org.knotwise.workbench.scenario.ScenarioFiles;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenarios pin the rules (issue 9): every mutant of the built-in rules ({@code rules mutate}: each rule
 * deleted, each boundary flipped, each constraint and condition dropped) is run against the project's
 * scenario files. At least 95% of those that compile and are not declared equivalent must be killed; no
 * safety, caution or professional rule may have a surviving mutant (the engine's safety net would hide a
 * deleted one, so the scenarios name them in {@code rulesFired}); and every declared equivalent must still
 * be a live mutant that no scenario notices; and the tutorial quotes the score as it is. The whole run: about 540
 * mutants, some 3.5 minutes of CPU.
 * The same from the command line: {@code ./knotwise rules mutate rules/src/test/resources/scenarios}.
 */
class MutationScoreTest {

    static final double MIN_SCORE = 95.0;
    private static MutationReport report;

    @BeforeAll
    static void runEveryMutant() throws Exception {
        Path dir = Path.of(MutationScoreTest.class.getResource("/scenarios").toURI());
        List<List<Scenario>> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                scenarios.add(ScenarioFiles.readJsonLines(file));
            }
        }
        String equivalents;
        try (InputStream in = MutationScoreTest.class.getClassLoader().getResourceAsStream(EquivalentMutants.RESOURCE)) {
            assertThat(in).as(EquivalentMutants.RESOURCE).isNotNull();
            equivalents = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        report = new MutationRun(BuiltInRules.files(), KnowledgeBase.builtIn(), scenarios,
                EquivalentMutants.parse(equivalents, EquivalentMutants.FILE_NAME),
                Runtime.getRuntime().availableProcessors()).run();
    }

    @Test
    void theScenariosKillAtLeast95PercentOfTheMutants() {
        assertThat(report.score()).as("mutation score; the run:%n%s", MutationText.render(report))
                .isGreaterThanOrEqualTo(MIN_SCORE);
        // a rule base whose mutants mostly fail to compile would score well for nothing
        assertThat(report.killed()).as("killed mutants").isGreaterThan(report.total() / 2);
    }

    @Test
    void noMutantOfASafetyCautionOrProfessionalRuleSurvives() {
        assertThat(report.survivors()).extracting(Mutant::key)
                .as("survivors of the safety rules (red flags, cautions, professional help)")
                .noneMatch(MutationScoreTest::isSafetyRule);
        List<String> deletions = MutantMaker.mutants(BuiltInRules.files()).stream().map(Mutant::key)
                .filter(k -> isSafetyRule(k) && k.endsWith(": delete the rule")).toList();
        assertThat(deletions).hasSizeGreaterThanOrEqualTo(20);
        assertThat(report.killedBy()).as("deleting each safety rule is noticed").containsKeys(deletions.toArray(String[]::new));
    }

    @Test
    void everyDeclaredEquivalentIsStillALiveMutantNoScenarioNotices() {
        assertThat(report.staleEquivalents()).as("entries to remove from " + EquivalentMutants.FILE_NAME).isEmpty();
    }

    @Test
    void theTutorialQuotesTheScoreAsItIs() throws Exception {
        int counted = report.total() - report.notCompiling().size() - report.equivalent().size();
        String quoted = String.format(Locale.ROOT, "score %.1f%% (%d of %d; %d declared equivalent)", report.score(),
                report.killed(), counted, report.equivalent().size());
        String tutorial = Files.readString(Path.of("..").toAbsolutePath().normalize().resolve("docs/TUTORIAL.md"));
        assertThat(tutorial).as("docs/TUTORIAL.md (section 5) quotes the built-in rules' mutation score: write \"%s\"", quoted)
                .contains(quoted);
    }

    private static boolean isSafetyRule(String mutantKey) {
        return mutantKey.startsWith("safety.") || mutantKey.startsWith("caution.") || mutantKey.startsWith("pro.");
    }
}
