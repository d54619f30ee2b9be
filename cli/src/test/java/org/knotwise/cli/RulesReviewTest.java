package org.knotwise.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a clinician reviews (issue 13, P16): a changed threshold, message or condition shows in the
 * catalogue and in {@code rules diff}; the diff page renders in a real browser, escaped and fetching
 * nothing; rules in draft show their status everywhere.
 */
class RulesReviewTest {

    @TempDir
    Path dir;
    Path old;
    Path changed;

    /** A rule whose words need escaping, added in draft. */
    private static final String DRAFT_RULE = """
            package org.knotwise.rules;
            import org.knotwise.engine.facts.*;
            rule "Draft <b>bold</b> & \\"quoted\\""
                @id("zz.draft")
                @source("§ Upgrades")
                @because("it is a draft under review")
                @status("draft")
                ruleflow-group "expectations"
            when
                PainComplaint(severity != null, severity >= 3)
            then
                insert(new Expectation("A draft <script>alert(1)</script> expectation & more."));
            end
            """;

    @BeforeEach
    void twoRuleFolders() throws IOException {
        old = dir.resolve("old");
        changed = dir.resolve("new");
        assertThat(Cli.run(null, "rules", "init", old.toString()).exitCode()).isZero();
        copy(old, changed);
        editRule(changed.resolve("when-to-see-a-professional.drl"), "pro.no-progress", "days >= 14", "days >= 1");
        // a sentence is reworded in its message file, one line, no rule touched
        edit(changed.resolve("messages/en.properties"), "Rub the spot at least twice a day.", "Rub the spot three times a day.");
        editRule(changed.resolve("cautions.drl"), "caution.chest-heart", "PainRegion(region == \"chest\")",
                "PainRegion(region == \"chest\" || region == \"upper-back\")");
        edit(changed.resolve("kb/referrals.csv"), "forehead,temporalis,temple,\"Simons", "forehead,temporalis,temple,\"Revised: Simons");
        Files.writeString(changed.resolve("zz-draft.drl"), DRAFT_RULE);
        edit(changed.resolve("questions.yaml"), "How hard did you press, from 1", "How firmly did you press, from 1");
    }

    @Test
    void aChangedThresholdMessageAndConditionShowInTheCatalogue() throws IOException {
        String before = catalogue(old);
        String after = catalogue(changed);

        assertThat(before).contains("the number of days it was tried is at least 14")
                .contains("“Rub the spot at least twice a day.”")
                .contains("    - es: “Masajee el punto al menos dos veces al día.”") // each text in every language
                .contains("Languages of the message files: en: reviewed, de: draft, es: draft")
                .contains("A pain region: the region is “chest”")
                .doesNotContain("zz.draft");
        assertThat(after.split("is at least 14", -1).length).as("pro.no-progress no longer says 14; other rules may")
                .isEqualTo(before.split("is at least 14", -1).length - 1);
        assertThat(after).contains("the number of days it was tried is at least 1,")
                .contains("“Rub the spot three times a day.”")
                .contains("A pain region: either the region is “chest”, or the region is “upper-back”")
                .contains("### `zz.draft`").contains("status: **draft**")
                .contains("The complaint: the severity (out of 10) is at least 3");
        // the exact message a person reads, with the conclusion's code
        assertThat(after).contains("- concludes: `MORE_OFTEN`");
    }

    @Test
    void rulesAreInTheArticlesOrderWithCautionsAsTheirOwnSection() throws IOException {
        String md = catalogue(old);
        assertThat(headingIndex(md, "## Crash course in finding trigger points"))
                .isLessThan(headingIndex(md, "## Basic self-massage instructions for trigger points: Rub in what way?"));
        assertThat(headingIndex(md, "## Basic self-massage instructions for trigger points: Rub how hard?"))
                .isLessThan(headingIndex(md, "## Basic self-massage instructions for trigger points: Rub with what?"));
        assertThat(headingIndex(md, "## Basic self-massage instructions for trigger points: Rub with what?"))
                .isLessThan(headingIndex(md, "## How do you know it's working? Getting a trigger point to release"));
        assertThat(headingIndex(md, "## Upgrades")).isLessThan(headingIndex(md, "## What if you can't make progress yourself?"));
        assertThat(md.split("\n## Basic self-massage instructions for trigger points: Rub with what\\?\n", -1)).hasSize(2);
        assertThat(md).contains("## Cautions and red flags")
                .contains("| `POSSIBLE_CLOT` | caution | Sudden pain in the calf, behind the knee")
                .contains("https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/")
                .contains("| `saddle-numbness` | red flag |");
    }

    @Test
    void rulesDiffShowsThresholdsMessagesConditionsStatusAndMapRows() throws Exception {
        CliProcess.Result r = Cli.run(null, "rules", "diff", "--rules", old.toString(), "--against", changed.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String text = r.stdout();

        assertThat(text).contains("before: " + old).contains("after:  " + changed)
                .contains("Rules: 1 added, 0 removed, 3 changed.")
                .contains("~ changed pro.no-progress:")
                .contains("      - MassageHistory: days >= 14\n")
                .contains("      + MassageHistory: days >= 1\n")
                .contains("~ changed often.more-often:")
                .contains("      - Rub the spot at least twice a day.\n      + Rub the spot three times a day.\n")
                .contains("    texts:\n      - adjustment.MORE_OFTEN [en]: Rub the spot at least twice a day.\n"
                        + "      + adjustment.MORE_OFTEN [en]: Rub the spot three times a day.\n")
                .contains("~ changed caution.chest-heart:")
                .contains("      + PainRegion: region == \"chest\" || region == \"upper-back\"\n")
                .contains("+ added zz.draft: Draft <b>bold</b> & \"quoted\" [draft]")
                .contains("~ changed referrals: pain at forehead ← temporalis\n    source:\n      - Simons, Travell")
                .contains("      + Revised: Simons, Travell")
                .contains("Questions: 1 changed, added or removed.")
                .contains("~ changed question history.intensity\n    text:\n      - How hard did you press, from 1")
                .contains("      + How firmly did you press, from 1");

        // the same from two catalogue folders written earlier: what a reviewer keeps and signs off
        catalogue(old, dir.resolve("cat-old"));
        catalogue(changed, dir.resolve("cat-new"));
        CliProcess.Result fromCatalogues = Cli.run(null, "rules", "diff", "--rules", dir.resolve("cat-old").toString(),
                "--against", dir.resolve("cat-new").toString());
        assertThat(fromCatalogues.exitCode()).as(fromCatalogues.stderr()).isZero();
        assertThat(body(fromCatalogues.stdout())).isEqualTo(body(text));

        CliProcess.Result same = Cli.run(null, "rules", "diff", "--rules", "built-in", "--against", old.toString());
        assertThat(same.stdout()).contains("Rules: 0 added, 0 removed, 0 changed.").contains("No differences.");
    }

    @Test
    void theDiffPageShowsEachChangeSideBySideEscapedAndFetchesNothing() throws Exception {
        Path page = dir.resolve("diff.html");
        CliProcess.Result r = Cli.run(null, "rules", "diff", "--rules", old.toString(), "--against", changed.toString(),
                "--output", page.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();

        Document doc = Jsoup.parse(HeadlessBrowser.dumpDom(page.toUri().toString()));
        Element threshold = doc.selectFirst("table.rule-change[data-id=pro.no-progress] tr[data-field=constraints]");
        assertThat(threshold.select("td.before .gone").eachText()).contains("MassageHistory: days >= 14");
        assertThat(threshold.select("td.after .new").eachText()).contains("MassageHistory: days >= 1");
        Element message = doc.selectFirst("table.rule-change[data-id=often.more-often] tr[data-field=messages]");
        assertThat(message.selectFirst("td.before").text()).isEqualTo("Rub the spot at least twice a day.");
        assertThat(message.selectFirst("td.after").text()).isEqualTo("Rub the spot three times a day.");
        Element added = doc.selectFirst("table.rule-change.added[data-id=zz.draft]");
        assertThat(added.selectFirst("caption").text()).contains("Draft <b>bold</b> & \"quoted\"").contains("draft");
        assertThat(added.select("tr[data-field=messages] td.after").text())
                .isEqualTo("A draft <script>alert(1)</script> expectation & more.");
        assertThat(doc.select("b, script:not(:last-of-type)")).as("no markup from the rules' text").isEmpty();
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("[src], link[href], img, iframe, object")).as("self-contained: nothing to fetch").isEmpty();
        assertThat(doc.select("table.row-change[data-table=referrals]")).hasSize(1);

        Document filtered = Jsoup.parse(HeadlessBrowser.dumpDom(page.toUri() + "#q=often.more-often"));
        assertThat(filtered.select("table.rule-change:not([hidden])").eachAttr("data-id")).containsExactly("often.more-often");
    }

    @Test
    void theCataloguePageShowsConditionsWordsAndStatusEscaped() throws Exception {
        Path out = dir.resolve("cat");
        catalogue(changed, out);

        Document doc = Jsoup.parse(HeadlessBrowser.dumpDom(out.resolve("index.html").toUri().toString()));
        Element draft = doc.selectFirst("tr.rule[data-id=zz.draft]");
        assertThat(draft.attr("data-status")).isEqualTo("draft");
        assertThat(draft.selectFirst(".name").text()).isEqualTo("Draft <b>bold</b> & \"quoted\"");
        assertThat(draft.select("ul.says li").eachText()).containsExactly("“A draft <script>alert(1)</script> expectation & more.”");
        Element threshold = doc.selectFirst("tr.rule[data-id=pro.no-progress]");
        assertThat(threshold.select("ul.when li").text()).contains("the number of days it was tried is at least 1,");
        assertThat(doc.select("tr.caution[data-code=POSSIBLE_CLOT] a").eachText()).contains("caution.possible-clot",
                "https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/");
        assertThat(doc.select("b")).isEmpty();
        assertThat(doc.select("script")).hasSize(1);
        assertThat(doc.select("[src], link[href]")).isEmpty();
    }

    @Test
    void draftsRunOnlyWithDraftsAndValidateListsThem() throws Exception {
        Path rules = dir.resolve("drafting");
        assertThat(Cli.run(null, "rules", "init", rules.toString()).exitCode()).isZero();
        // quotes in a rule's name break the compiled model's Java, so the rule that runs has none
        String draft = DRAFT_RULE.replace(" & \\\"quoted\\\"", "");
        assertThat(draft).contains("rule \"Draft <b>bold</b>\"\n");
        Files.writeString(rules.resolve("zz-draft.drl"), draft);
        Path caseFile = dir.resolve("case.json");
        Files.writeString(caseFile, "{\"id\":\"d1\",\"complaint\":{\"regions\":[\"calf\"],\"severity\":5}}");

        CliProcess.Result off = Cli.run(null, "assess", caseFile.toString(), "--format", "json", "--explain", "--rules", rules.toString());
        CliProcess.Result on = Cli.run(null, "assess", caseFile.toString(), "--format", "json", "--explain", "--rules", rules.toString(), "--drafts");
        assertThat(off.exitCode()).as(off.stderr()).isZero();
        assertThat(on.exitCode()).as(on.stderr()).isZero();
        assertThat(off.stdout()).doesNotContain("zz.draft").doesNotContain("A draft <script>").doesNotContain("\"drafts\"");
        assertThat(on.stdout()).contains("\"zz.draft\"").contains("A draft <script>alert(1)</script> expectation & more.")
                .contains("\"drafts\":true");

        CliProcess.Result validate = Cli.run(null, "rules", "validate", "--rules", rules.toString());
        assertThat(validate.exitCode()).as(validate.stdout()).isZero();
        assertThat(validate.stdout()).contains("1 draft rule (checked, but run only with --drafts):\n  "
                + rules.resolve("zz-draft.drl") + ":3: zz.draft: Draft <b>bold</b>");

        Files.writeString(rules.resolve("zz-draft.drl"), draft.replace("@status(\"draft\")", "@status(\"signed\")"));
        CliProcess.Result unknown = Cli.run(null, "rules", "validate", "--rules", rules.toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.stdout()).contains(rules.resolve("zz-draft.drl") + ":7: error: rule \"Draft <b>bold</b>\": "
                + "@status(\"signed\") is not one of [draft, reviewed, production]");
    }

    private String catalogue(Path rules) throws IOException {
        Path out = dir.resolve("catalogue-of-" + rules.getFileName());
        catalogue(rules, out);
        return Files.readString(out.resolve("catalogue.md"));
    }

    private static void catalogue(Path rules, Path out) {
        CliProcess.Result r = Cli.run(null, "rules", "catalogue", "--rules", rules.toString(), "--output", out.toString());
        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
    }

    private static int headingIndex(String md, String heading) {
        int i = md.indexOf("\n" + heading + "\n");
        assertThat(i).as(heading).isNotNegative();
        return i;
    }

    /** The diff without its before/after lines, which name the sides. */
    private static String body(String diff) {
        return diff.substring(diff.indexOf("\n\n") + 2);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as(file + " holds " + from).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** Edits one rule only, from its {@code @id} to its {@code end}: other rules may hold the same text. */
    private static void editRule(Path file, String id, String from, String to) throws IOException {
        String text = Files.readString(file);
        int start = text.indexOf("@id(\"" + id + "\")");
        int end = text.indexOf("\nend", start);
        assertThat(start).as(file + " holds rule " + id).isNotNegative();
        assertThat(text.substring(start, end)).as(id + " holds " + from).contains(from);
        Files.writeString(file, text.substring(0, start) + text.substring(start, end).replace(from, to) + text.substring(end));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
