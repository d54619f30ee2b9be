package org.knotwise.cli;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rules catalogue}: pages a clinician reviews, checked in a real browser. */
class RulesCatalogueTest {

    @TempDir
    Path dir;

    @Test
    void theCatalogueListsEveryRuleWithItsSourceAndTheReferralMapInHtmlAndMarkdown() throws Exception {
        assertThat(Cli.run(null, "rules", "init", dir.resolve("my-rules").toString()).exitCode()).isZero();
        // A rule whose words need escaping must show as text, never as markup.
        Files.writeString(dir.resolve("my-rules/zz-escaping.drl"), """
                package org.knotwise.rules;
                import org.knotwise.engine.facts.*;
                rule "Pain <b>and</b> \\"quotes\\" | pipes & more"
                    @id("zz.escaping")
                    @source("§ <script>alert(1)</script>")
                    @because("it is a test")
                    ruleflow-group "expectations"
                when
                    PainRegion()
                then
                end
                """);
        List<String> ids = RulesTestCommandTest.ids(dir.resolve("my-rules"));
        int referralRows = Files.readAllLines(dir.resolve("my-rules/kb/referrals.csv")).size() - 1;

        CliProcess.Result r = Cli.run(null, "rules", "catalogue", "--rules", dir.resolve("my-rules").toString(), "--output", dir.resolve("review").toString());
        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
        Path html = dir.resolve("review/index.html");
        Path md = dir.resolve("review/catalogue.md");

        Document page = Jsoup.parse(HeadlessBrowser.dumpDom(html.toUri().toString()));
        List<String> rowIds = page.select("tr.rule").eachAttr("data-id");
        assertThat(rowIds).containsExactlyInAnyOrderElementsOf(ids);
        for (Element row : page.select("tr.rule")) {
            assertThat(row.select("td")).hasSize(6);
            assertThat(row.select("ul.when li")).as("conditions in words").isNotEmpty();
            assertThat(row.closest("table").previousElementSibling().tagName()).isEqualTo("h2");
        }
        // Computed by the page's script: only a browser that ran it shows the number.
        assertThat(page.getElementById("rule-count").text()).isEqualTo(String.valueOf(ids.size()));
        assertThat(page.getElementById("referral-count").text()).isEqualTo(String.valueOf(referralRows));
        assertThat(page.select("tr.referral")).hasSize(referralRows)
                .allSatisfy(row -> assertThat(row.select("td").get(4).text()).isNotBlank());
        Element escaped = page.selectFirst("tr[data-id=zz.escaping]");
        assertThat(escaped.selectFirst(".name").text()).isEqualTo("Pain <b>and</b> \"quotes\" | pipes & more");
        assertThat(page.select("script")).hasSize(1);
        assertThat(page.select("[src], link[href]")).as("self-contained: nothing to fetch").isEmpty();
        // a source naming no heading of the article goes to the last section, and shows as text
        assertThat(escaped.selectFirst(".source").text()).isEqualTo("§ <script>alert(1)</script>");
        assertThat(page.select("h2").eachText()).contains("Other sources");

        Document filtered = Jsoup.parse(HeadlessBrowser.dumpDom(html.toUri() + "#q=zz.escaping"));
        assertThat(filtered.getElementById("rule-count").text()).isEqualTo("1 of " + ids.size());
        assertThat(filtered.select("tr.rule:not([hidden])").eachAttr("data-id")).containsExactly("zz.escaping");

        String markdown = Files.readString(md);
        for (String id : ids) {
            assertThat(markdown).contains("### `" + id + "`: ");
        }
        assertThat(markdown).contains("Pain &lt;b>and&lt;/b> \"quotes\" | pipes & more");
    }

    @Test
    void theCoveragePageLoadsAndListsTheUnfiredRules() throws Exception {
        Files.writeString(dir.resolve("one.yaml"), "- case: {id: a, complaint: {regions: [calf]}}\n  expect: {selfCare: true}\n");
        CliProcess.Result r = Cli.run(null, "rules", "test", dir.resolve("one.yaml").toString(), "--coverage-html", dir.resolve("coverage.html").toString());
        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
        String listed = r.stdout().replaceAll("(?s).*Rules no scenario fired \\((\\d+)\\).*", "$1");

        Document page = Jsoup.parse(HeadlessBrowser.dumpDom(dir.resolve("coverage.html").toUri().toString()));
        assertThat(page.select("tr.unfired")).hasSize(Integer.parseInt(listed));
        assertThat(page.getElementById("unfired-count").text()).isEqualTo(listed);
        assertThat(page.select("tr.unfired").eachAttr("data-id")).contains("safety.chest-pain");
    }
}
