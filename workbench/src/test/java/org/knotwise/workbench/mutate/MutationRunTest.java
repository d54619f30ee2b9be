package org.knotwise.workbench.mutate;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.engine.rulebase.RuleFolder;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.workbench.scenario.Scenario;
import org.knotwise.workbench.scenario.ScenarioFiles;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mutants of a two-rule folder against two scenarios: which changes they notice and which they miss. */
class MutationRunTest {

    private static final String FLIP = "test.long: flip \">=\" to \">\" in \"days >= 14\"";
    private static final String DROP_PAIN_CONDITION = "test.pain-region: drop the condition \"PainRegion()\"";

    private static Path folder() throws Exception {
        return Path.of(MutationRunTest.class.getResource("/rules/mutate-mini").toURI());
    }

    private static MutationReport run(EquivalentMutants equivalents) throws Exception {
        Path dir = folder();
        List<RuleFile> files = RuleFolder.files(dir);
        List<Scenario> scenarios = ScenarioFiles.read(dir.resolve("scenarios/mini.jsonl"));
        return new MutationRun(files, KnowledgeBase.builtIn(), List.of(scenarios), equivalents, 2).run();
    }

    @Test
    void theMutantsAreEachRuleDeletedEachBoundaryFlippedEachConstraintAndConditionDropped() throws Exception {
        List<Mutant> mutants = MutantMaker.mutants(RuleFolder.files(folder()));

        assertThat(mutants).extracting(Mutant::key).containsExactlyInAnyOrder(
                "test.pain-region: delete the rule",
                DROP_PAIN_CONDITION,
                "test.long: delete the rule",
                "test.long: drop the condition \"MassageHistory(days != null, days >= 14)\"",
                FLIP,
                "test.long: drop the constraint \"days != null\"",
                "test.long: drop the constraint \"days >= 14\"");
        assertThat(mutants).filteredOn(m -> m.key().equals(FLIP)).singleElement().satisfies(m -> {
            assertThat(m.location()).isEqualTo("mini.drl:22");
            assertThat(m.text()).contains("days > 14)").doesNotContain("days >= 14");
        });
    }

    @Test
    void theScenariosKillTheMutantsTheyNoticeAndTheRestSurvive() throws Exception {
        MutationReport r = run(EquivalentMutants.none());

        assertThat(r.total()).isEqualTo(7);
        assertThat(r.notCompiling()).isEmpty();
        assertThat(r.killedBy()).containsKeys("test.long: delete the rule", "test.pain-region: delete the rule",
                "test.long: drop the constraint \"days >= 14\"");
        assertThat(r.killedBy().get("test.long: delete the rule")).contains("twenty-days", "mini.jsonl:1");
        assertThat(r.survivors()).extracting(Mutant::key).contains(FLIP, DROP_PAIN_CONDITION);
        assertThat(r.score()).isEqualTo(100.0 * r.killed() / 7);
        assertThat(MutationText.render(r)).contains("Mutants no scenario noticed", "mini.drl:22  " + FLIP);
        assertThat(MutationHtml.render(r)).contains("<!DOCTYPE html>", "days &gt;= 14").doesNotContain("http");
    }

    @Test
    void declaredEquivalentMutantsAreShownApartAndLeftOutOfTheScore() throws Exception {
        EquivalentMutants equivalents = EquivalentMutants.parse("""
                # a comment
                %s | the explanation's wording is all that changes
                test.nope: delete the rule | stale
                """.formatted(DROP_PAIN_CONDITION), "eq.txt");

        MutationReport r = run(equivalents);

        assertThat(r.survivors()).extracting(Mutant::key).doesNotContain(DROP_PAIN_CONDITION).contains(FLIP);
        assertThat(r.equivalent()).hasSize(1).containsValue("the explanation's wording is all that changes");
        assertThat(r.staleEquivalents()).containsExactly("test.nope: delete the rule (no such mutant)");
        assertThat(r.score()).isEqualTo(100.0 * r.killed() / 6);
        assertThat(MutationText.render(r)).contains("Declared equivalent (1)", "because the explanation's wording");
    }

    @Test
    void anEquivalentMutantWithoutAReasonIsRefusedWithItsLine() {
        assertThatThrownBy(() -> EquivalentMutants.parse("\ntest.long: delete the rule\n", "eq.txt"))
                .hasMessageStartingWith("eq.txt:2: ");
    }
}
