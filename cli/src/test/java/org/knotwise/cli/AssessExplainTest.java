package org.knotwise.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code assess --explain}: the chain from facts to rules to conclusions, and the ranking. */
class AssessExplainTest {

    @Test
    void explainShowsFactsRuleAndConclusionInFiringOrderAndWhySitesRankSo() throws Exception {
        String wrist = "{\"id\":\"w\",\"complaint\":{\"regions\":[\"wrist-back\"]},\"spots\":["
                + "{\"region\":\"wrist-back\",\"tender\":true,\"goodPain\":false,\"relevant\":false},"
                + "{\"region\":\"forearm-back\",\"tender\":true,\"goodPain\":true,\"relevant\":true}]}";
        CliProcess.Result r = Cli.run(wrist, "assess", "-", "--explain");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<String> lines = r.stdoutLines();

        int tender = indexOf(lines, ". find.tender-candidate  (§ ");
        int goodPain = indexOf(lines, ". find.good-pain  (§ ");
        assertThat(tender).as("a candidate is found before it is strengthened").isLessThan(goodPain);
        assertThat(lines.get(tender + 1)).contains("because ", "[spot 2 at forearm-back: tender");
        assertThat(lines.get(tender + 2)).isEqualTo("      => palpated candidate at forearm-back (score 1)");
        assertThat(lines.get(goodPain + 2)).startsWith("      => updated palpated candidate at forearm-back (score 3)");
        int excluded = indexOf(lines, ". find.not-relevant  (§ ");
        assertThat(lines.get(excluded + 2)).isEqualTo("      => wrist-back excluded: NOT_RELEVANT");

        // the header says the order the ranking really uses (review v3 U3): tiers, confidence, steps; no score
        int ranking = indexOf(lines, "Why the sites rank as they do");
        assertThat(lines.get(ranking)).contains("then the painful area, then the map's sites", "higher confidence",
                "fewer steps from the pain", "toward the centre first").doesNotContain("score");
        assertThat(lines.get(ranking + 1))
                .startsWith("  1. forearm-back: palpated, high confidence, 1 step toward the centre from the wrist back pain; ")
                .contains("tender to pressure", "good pain");
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line contains " + text + " in\n" + String.join("\n", lines));
    }
}
