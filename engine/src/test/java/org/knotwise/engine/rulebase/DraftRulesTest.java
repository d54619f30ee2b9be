package org.knotwise.engine.rulebase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.Complaint;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code @status("draft")}: drafts fire only when asked for; the answer's ruleBase says so; unknown statuses are errors. */
class DraftRulesTest {

    @TempDir
    Path dir;

    private static final String RULES = """
            package org.knotwise.test;
            import org.knotwise.engine.facts.*;

            rule "Anything hurts: plan"
                @id("test.plan") @source("test") @because("a test rule")
                ruleflow-group "plan"
            when
                PainRegion()
            then
                insert(new Plan());
            end

            rule "A draft tip"
                @id("test.draft-tip") @source("test") @because("a draft") @status("draft")
                ruleflow-group "plan"
            when
                Plan()
            then
                insert(new Tip("A tip still in draft."));
            end

            rule "A reviewed tip"
                @id("test.reviewed-tip") @source("test") @because("reviewed") @status("reviewed")
                ruleflow-group "plan"
            when
                Plan()
            then
                insert(new Tip("A reviewed tip."));
            end
            """;

    private Assessment assess(Knotwise engine) {
        return engine.assess(new Case("d1", Complaint.of("calf"), List.of(), List.of(), null));
    }

    @Test
    void draftsAreLeftOutUnlessAskedFor() throws Exception {
        Files.writeString(dir.resolve("rules.drl"), RULES);

        Knotwise production = Knotwise.withRules(dir);
        Knotwise withDrafts = Knotwise.withRules(dir, true);

        assertThat(assess(production).explanation()).extracting(s -> s.rule())
                .contains("test.plan", "test.reviewed-tip").doesNotContain("test.draft-tip");
        assertThat(production.ruleBase().rules()).extracting(RuleDescription::id).doesNotContain("test.draft-tip");
        assertThat(assess(withDrafts).explanation()).extracting(s -> s.rule())
                .contains("test.plan", "test.reviewed-tip", "test.draft-tip");
        assertThat(withDrafts.ruleBase().rules()).filteredOn(RuleDescription::isDraft)
                .extracting(RuleDescription::id).containsExactly("test.draft-tip");
    }

    @Test
    void inMemoryRuleBasesLeaveDraftsOutAsFoldersDo() {
        List<RuleFile> files = List.of(new RuleFile("rules.drl", RULES));
        for (boolean quick : new boolean[]{true, false}) {
            Knotwise production = Knotwise.with(quick ? RuleBaseFromFiles.quick(files, KnowledgeBase.builtIn())
                    : RuleBaseFromFiles.typeChecked(files, KnowledgeBase.builtIn()));
            Knotwise withDrafts = Knotwise.with(quick ? RuleBaseFromFiles.quick(files, KnowledgeBase.builtIn(), true)
                    : RuleBaseFromFiles.typeChecked(files, KnowledgeBase.builtIn(), true));

            assertThat(assess(production).explanation()).as("quick: %s", quick).extracting(s -> s.rule())
                    .contains("test.reviewed-tip").doesNotContain("test.draft-tip");
            assertThat(assess(withDrafts).explanation()).as("quick: %s", quick).extracting(s -> s.rule())
                    .contains("test.draft-tip");
            assertThat(withDrafts.ruleBase().identity().drafts()).isEqualTo(Boolean.TRUE);
        }
    }

    @Test
    void theAnswerSaysWhenDraftsWereOnAndIsUnchangedOtherwise() throws Exception {
        Files.writeString(dir.resolve("rules.drl"), RULES);

        String off = KnotwiseJson.write(assess(Knotwise.withRules(dir)));
        String on = KnotwiseJson.write(assess(Knotwise.withRules(dir, true)));

        assertThat(off).doesNotContain("drafts");
        assertThat(on).contains("\"drafts\":true");
        assertThat(KnotwiseJson.mapper().writeValueAsString(Knotwise.withRules(dir, true).ruleBase().identity()))
                .endsWith(",\"drafts\":true}");
    }

    @Test
    void anUnknownStatusIsAnErrorWithFileAndLine() throws Exception {
        Files.writeString(dir.resolve("rules.drl"), RULES.replace("@status(\"reviewed\")", "@status(\"approved\")"));

        List<Problem> problems = RuleBase.check(dir);

        assertThat(problems).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("rules.drl");
            assertThat(p.line()).isEqualTo(23);
            assertThat(p.message()).contains("@status(\"approved\")", "draft", "reviewed", "production");
        });
    }

    @Test
    void aRuleWithoutStatusIsInProduction() {
        assertThat(RuleReader.read(List.of(new RuleFile("r.drl", RULES))))
                .extracting(RuleDescription::id, RuleDescription::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("test.plan", "production"),
                        org.assertj.core.groups.Tuple.tuple("test.draft-tip", "draft"),
                        org.assertj.core.groups.Tuple.tuple("test.reviewed-tip", "reviewed"));
    }
}
