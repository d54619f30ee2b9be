package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code rules impact}: a rules folder from {@code rules init}, two thresholds edited, against the
 * built-in rules. The counts are checked against two plain batches compared here, line by line.
 */
class RulesImpactIT {
    @TempDir
    static Path dir;
    static long reduceIntensityAdded;
    static long noProgressAdded;
    static long changed;

    @BeforeAll
    static void rulesAndCases() throws Exception {
        assertThat(CliProcess.run(dir, null, "rules", "init", "same").exitCode()).isZero();
        assertThat(CliProcess.run(dir, null, "rules", "init", "changed").exitCode()).isZero();
        edit(dir.resolve("changed/how-hard.drl"), "intensity > 7", "intensity > 5");
        edit(dir.resolve("changed/when-to-see-a-professional.drl"), "days >= 14, outcome", "days >= 7, outcome");
        assertThat(CliProcess.run(dir, null, "generate", "--count", "800", "--seed", "11", "--bad-share", "0.05",
                "--output", "cases.jsonl").exitCode()).isZero();
        uniqueIds(dir.resolve("cases.jsonl"));
        CliProcess.run(dir, null, "batch", "cases.jsonl", "--output", "old.jsonl", "--threads", "1");
        CliProcess.run(dir, null, "batch", "cases.jsonl", "--output", "new.jsonl", "--threads", "1", "--rules", "changed");
        List<String> old = Files.readAllLines(dir.resolve("old.jsonl"));
        List<String> neu = Files.readAllLines(dir.resolve("new.jsonl"));
        assertThat(neu).hasSize(800).hasSameSizeAs(old);
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < old.size(); i++) {
            JsonNode a = json.readTree(old.get(i));
            JsonNode b = json.readTree(neu.get(i));
            if (!answer(a).equals(answer(b))) {
                changed++;
            }
            if (!codes(a.path("adjustments")).contains("REDUCE_INTENSITY") && codes(b.path("adjustments")).contains("REDUCE_INTENSITY")) {
                reduceIntensityAdded++;
            }
            if (!strings(a.path("professional").path("reasons")).contains("NO_PROGRESS")
                    && strings(b.path("professional").path("reasons")).contains("NO_PROGRESS")) {
                noProgressAdded++;
            }
        }
        assertThat(reduceIntensityAdded).as("the edit matters for these cases").isPositive();
        assertThat(noProgressAdded).isPositive();
    }

    @Test
    void withDraftsTheReportShowsWhatPromotingTheDraftsWouldChange() throws Exception {
        assertThat(CliProcess.run(dir, null, "rules", "init", "drafted").exitCode()).isZero();
        Files.writeString(dir.resolve("drafted/zz-draft.drl"), """
                package org.knotwise.rules;
                import org.knotwise.engine.facts.*;

                rule "One week without progress: a draft under review"
                    @id("draft.no-progress-week") @source("§ What if you can't make progress yourself?")
                    @because("a week of self-massage has left things the same or worse") @status("draft")
                    ruleflow-group "professional"
                when
                    MassageHistory(days != null, days >= 7, outcome == "same" || outcome == "worse")
                then
                    insert(new ProfessionalAdvice("NO_PROGRESS", "routine", "A draft's advice."));
                end
                """);
        String drafted = dir.resolve("drafted").toString();

        CliProcess.Result without = Cli.run(null, "rules", "impact", "--rules", drafted, "--against", drafted,
                dir.resolve("cases.jsonl").toString());
        CliProcess.Result with = Cli.run(null, "rules", "impact", "--rules", drafted, "--against", drafted, "--drafts",
                dir.resolve("cases.jsonl").toString());

        assertThat(without.exitCode()).as(without.stderr()).isZero();
        assertThat(without.stdout()).contains("800 case(s), 0 changed");
        assertThat(with.exitCode()).as(with.stderr()).isZero();
        assertThat(with.stdout()).startsWith("Impact of the rules " + drafted + " with its drafts against " + drafted)
                .contains("added professional reason NO_PROGRESS").doesNotContain("800 case(s), 0 changed");
    }

    @Test
    void theNewThresholdsShowAsTheKindsOfChangeTheyCause() throws Exception {
        CliProcess.Result r = CliProcess.run(dir, null, "rules", "impact", "--rules", "changed", "cases.jsonl");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String text = r.stdout();
        assertThat(text).startsWith("Impact of the rules changed against built-in\n")
                .contains("800 case(s), " + changed + " changed");
        assertThat(count(text, "added adjustment REDUCE_INTENSITY")).isEqualTo(reduceIntensityAdded);
        assertThat(count(text, "added failure reason TOO_INTENSE")).isPositive();
        assertThat(count(text, "added professional reason NO_PROGRESS")).isEqualTo(noProgressAdded);
        assertThat(count(text, "urgency none → routine")).isPositive();
        assertThat(text).doesNotContain("removed ").doesNotContain("selfCare");
        List<String> examples = text.substring(text.indexOf("\nadded adjustment REDUCE_INTENSITY (") + 1).lines().toList();
        assertThat(examples.get(1)).startsWith("  line ");
        // the correction's rule, and beside it the rule that now gives the failure reason (when not better)
        assertThat(examples.get(2)).startsWith("    + hard.too-intense");
        assertThat(text).contains("    + pro.no-progress");
    }

    @Test
    void theSameRulesChangeNothingAndTheReverseChangeRemovesWhatWasAdded() throws Exception {
        CliProcess.Result same = CliProcess.run(dir, null, "rules", "impact", "--rules", "same", "cases.jsonl", "--threads", "2");
        assertThat(same.exitCode()).as(same.stderr()).isZero();
        assertThat(same.stdout()).contains("800 case(s), 0 changed").contains("No answer changed.");

        CliProcess.Result r = CliProcess.run(dir, null, "rules", "impact", "--rules", "same", "--against", "changed",
                "cases.jsonl", "--output", "impact.html");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        Document page = Jsoup.parse(dir.resolve("impact.html").toFile());
        assertThat(page.select("script, [src], link[href]")).isEmpty();
        assertThat(page.getElementById("totals").attr("data-changed")).isEqualTo(String.valueOf(changed));
        Element removed = page.selectFirst("section.kind[data-kind=removed adjustment REDUCE_INTENSITY]");
        assertThat(removed.attr("data-count")).isEqualTo(String.valueOf(reduceIntensityAdded));
        assertThat(removed.select("tr.example")).hasSize((int) Math.min(5, reduceIntensityAdded))
                .allSatisfy(row -> assertThat(row.select("td.removed").text()).contains("hard.too-intense"));
        assertThat(page.select("#chart-kinds g.bar[data-key=urgency routine → none]").attr("data-count"))
                .isEqualTo(String.valueOf(noProgressAddedUrgencyOnly()));
    }

    /** Cases that gained NO_PROGRESS with no other reason raising the urgency: routine from none. */
    private static long noProgressAddedUrgencyOnly() throws Exception {
        List<String> old = Files.readAllLines(dir.resolve("old.jsonl"));
        List<String> neu = Files.readAllLines(dir.resolve("new.jsonl"));
        ObjectMapper json = new ObjectMapper();
        long n = 0;
        for (int i = 0; i < old.size(); i++) {
            if (json.readTree(old.get(i)).path("professional").path("urgency").asText().equals("none")
                    && json.readTree(neu.get(i)).path("professional").path("urgency").asText().equals("routine")) {
                n++;
            }
        }
        return n;
    }

    private static long count(String text, String kind) {
        Matcher m = Pattern.compile("(?m)^\\s+([\\d,]+)  " + Pattern.quote(kind) + "$").matcher(text);
        return m.find() ? Long.parseLong(m.group(1).replace(",", "")) : 0;
    }

    /**
     * Renames repeated ids: impact compares each case under both rule bases, while a batch answers a
     * repeated id with DUPLICATE_ID whatever the rules, so the two would count such a case differently.
     */
    private static void uniqueIds(Path cases) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Set<String> seen = new HashSet<>();
        List<String> lines = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(cases)) {
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (Exception notJson) {
                lines.add(line);
                continue;
            }
            if (node instanceof ObjectNode o && o.path("id").isTextual() && !seen.add(o.path("id").asText())) {
                o.put("id", o.path("id").asText() + "-again-" + lines.size());
                seen.add(o.path("id").asText());
                lines.add(json.writeValueAsString(o));
            } else {
                lines.add(line);
            }
        }
        Files.write(cases, lines);
    }

    private static JsonNode answer(JsonNode a) {
        ObjectNode copy = ((ObjectNode) a).deepCopy();
        copy.remove("explanation");
        copy.remove("ruleBase");
        return copy;
    }

    private static Set<String> codes(JsonNode list) {
        Set<String> s = new HashSet<>();
        list.forEach(e -> s.add(e.path("code").asText()));
        return s;
    }

    private static Set<String> strings(JsonNode list) {
        Set<String> s = new HashSet<>();
        list.forEach(e -> s.add(e.asText()));
        return s;
    }

    private static void edit(Path file, String from, String to) throws Exception {
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
