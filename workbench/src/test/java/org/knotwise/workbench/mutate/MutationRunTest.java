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
    void aDraftRuleIsMutatedOnlyWhenDraftsRun() throws Exception {
        Path dir = folder();
        List<RuleFile> files = new java.util.ArrayList<>(RuleFolder.files(dir));
        files.add(new RuleFile("draft.drl", """
                package org.knotwise.test;
                import org.knotwise.engine.facts.*;

                rule "Three days is too early to judge: a draft"
                    @id("test.draft") @source("§ test") @because("a draft") @status("draft")
                    ruleflow-group "professional"
                when
                    MassageHistory(days != null, days >= 3)
                then
                    insert(new ProfessionalAdvice("NO_PROGRESS", "routine", "test"));
                end
                """));
        List<Scenario> scenarios = ScenarioFiles.read(dir.resolve("scenarios/mini.jsonl"));
        EquivalentMutants draftEquivalent = EquivalentMutants.parse(
                "test.draft: delete the rule | declared while the rule was reviewed\n", "eq.txt");

        MutationReport off = new MutationRun(files, KnowledgeBase.builtIn(), List.of(scenarios), draftEquivalent, 2).run();
        MutationReport on = new MutationRun(files, KnowledgeBase.builtIn(), List.of(scenarios), EquivalentMutants.none(), 2,
                true).run();

        assertThat(off.total()).as("the draft never runs, so its mutants are not made").isEqualTo(7);
        assertThat(off.staleEquivalents()).as("a draft's declared mutants are not stale while it is left out").isEmpty();
        assertThat(off.killedBy()).containsKey("test.long: delete the rule");
        assertThat(on.total()).isGreaterThan(7);
        assertThat(on.killedBy()).as("with the draft on, five-days gets NO_PROGRESS: the baseline fails there")
                .doesNotContainKey("test.draft: delete the rule");
        assertThat(on.survivors()).extracting(Mutant::key).contains("test.draft: delete the rule");
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
