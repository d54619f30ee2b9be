package org.knotwise.workbench.catalogue;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.rulebase.RuleFile;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule's conditions and consequence in words, and its place in the article, from the DRL text alone. */
class RuleWordsTest {

    private static RuleEntry only(String when, String then, String source) {
        String drl = """
                package org.knotwise.test;
                import org.knotwise.engine.facts.*;
                rule "r"
                    @id("t.r") @source("%s") @because("b")
                    ruleflow-group "history"
                when
                %s
                then
                %s
                end
                """.formatted(source, when, then);
        List<RuleEntry> entries = RuleEntries.read(List.of(new RuleFile("t.drl", drl)));
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    @Test
    void theIssuesExampleReadsInPlainWords() {
        RuleEntry r = only("$s : PressedSpot(tender == true, notRelevant == true)",
                "insert(new Exclusion($s, \"NOT_RELEVANT\"));", "§ Crash course in finding trigger points");
        assertThat(r.conditions()).containsExactly(
                "A pressed spot ($s): it is tender, and the person says it is not related to the complaint");
        assertThat(r.constraints()).containsExactly("PressedSpot: tender == true", "PressedSpot: notRelevant == true");
        assertThat(r.codes()).containsExactly("NOT_RELEVANT");
        assertThat(r.messages()).isEmpty();
        assertThat(r.section()).isEqualTo("Crash course in finding trigger points");
    }

    @Test
    void thresholdsNotExistsOrAndFromInWordsWithUnknownTextAsWritten() {
        RuleEntry r = only("""
                    MassageHistory(days != null, days >= 10, outcome == "same" || outcome == "worse")
                    not RedFlag()
                    exists PainRegion(region == "calf")
                    $c : Candidate()
                    $m : String(kb.isDeep(this)) from $c.getMuscles()
                    PainComplaint(someNewCheck(severity))
                """, "insert(Advice.failure(\"SLOW\", \"Give it \" + $c.getRank() + \" more days.\"));",
                "§ Basic self-massage instructions for trigger points (Rub how hard?); public guidance");
        assertThat(r.conditions()).containsExactly(
                "The massage tried so far: the number of days it was tried is at least 10, and either the outcome is “same”, or the outcome is “worse”",
                "No red flag",
                "At least one pain region: the region is “calf”",
                "A candidate site ($c)",
                "A muscle ($m) among the muscles of $c: it lies deep",
                "The complaint: `someNewCheck(severity)`");
        assertThat(r.constraints()).contains("MassageHistory: days >= 10", "PainComplaint: someNewCheck(severity)");
        assertThat(r.messages()).containsExactly("Give it {$c.getRank()} more days.");
        assertThat(r.statements()).containsExactly("insert(Advice.failure(\"SLOW\", “…”))");
        assertThat(r.section()).isEqualTo("Basic self-massage instructions for trigger points: Rub how hard?");
    }

    @Test
    void sectionsFollowTheArticleNotTheFiles() {
        ArticleSections.Place crash = ArticleSections.place("§ Crash course in finding trigger points (detail)");
        ArticleSections.Place hard = ArticleSections.place("§ Basic self-massage instructions for trigger points (Rub how hard?)");
        ArticleSections.Place withWhat = ArticleSections.place(
                "§ Basic self-massage instructions for trigger points (Rub with what?: spots that are harder to reach); x");
        ArticleSections.Place notes = ArticleSections.place("§ Notes (note 10)");
        ArticleSections.Place other = ArticleSections.place("a clinic's own guidance");

        assertThat(List.of(notes, other, withWhat, hard, crash).stream().sorted().toList())
                .containsExactly(crash, hard, withWhat, notes, other);
        assertThat(withWhat.label()).isEqualTo("Basic self-massage instructions for trigger points: Rub with what?");
        assertThat(ArticleSections.place("§ How do you know it’s working? Getting a trigger point to “release”").title())
                .isEqualTo("How do you know it's working? Getting a trigger point to release");
        assertThat(other.title()).isEqualTo(ArticleSections.OTHER);
    }
}
