package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code knotwise report}: the page a real browser renders shows every chart, with the counts this
 * test computes on its own from the batch's output (with Jackson's tree, not the report's code).
 */
class ReportIT {
    /** Charts every report has; with --input, the two breakdowns too. */
    static final List<String> CHARTS = List.of("outcome", "urgency", "errors", "top-sites", "confidence", "cautions",
            "corrections", "failure-reasons", "professional-reasons");

    @TempDir
    static Path dir;
    static List<String> cases;
    static List<String> output;
    static Expected expected;

    @BeforeAll
    static void batchOfGeneratedCases() throws Exception {
        CliProcess.Result gen = CliProcess.run(dir, null, "generate", "--count", "2000", "--seed", "7",
                "--bad-share", "0.05", "--output", "cases.jsonl");
        assertThat(gen.exitCode()).as(gen.stderr()).isZero();
        CliProcess.Result batch = CliProcess.run(dir, null, "batch", "cases.jsonl", "--output", "out.jsonl");
        assertThat(batch.exitCode()).as("5% bad lines: exit 1").isEqualTo(1);
        cases = Files.readAllLines(dir.resolve("cases.jsonl"));
        output = Files.readAllLines(dir.resolve("out.jsonl"));
        expected = new Expected(cases, output);
    }

    @Test
    void everyChartIsThereWithTheCountsOfTheOutput() throws Exception {
        CliProcess.Result r = CliProcess.run(dir, null, "report", "out.jsonl", "--input", "cases.jsonl",
                "--output", "report.html");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEmpty();

        Document page = Jsoup.parse(HeadlessBrowser.dumpDom(dir.resolve("report.html").toUri().toString()));
        assertThat(page.select("script, [src], link[href]")).as("self-contained, no script").isEmpty();
        assertThat(page.getElementById("total-lines").attr("data-count")).isEqualTo("2000");
        assertThat(number(page.getElementById("total-errors").text())).isEqualTo(expected.errors.values().stream()
                .mapToLong(Long::longValue).sum());
        assertThat(number(page.getElementById("total-assessed").text())).isEqualTo(expected.assessed);

        for (String chart : CHARTS) {
            Element figure = page.getElementById("chart-" + chart);
            assertThat(figure).as("chart %s", chart).isNotNull();
            assertThat(figure.selectFirst("figcaption")).isNotNull();
        }
        assertBars(page, "outcome", expected.outcomes);
        assertBars(page, "urgency", expected.urgency);
        assertBars(page, "errors", expected.errors);
        assertBars(page, "top-sites", expected.topSites);
        assertBars(page, "confidence", expected.confidence);
        assertBars(page, "corrections", expected.adjustments);
        assertBars(page, "failure-reasons", expected.failureReasons);
        assertBars(page, "professional-reasons", expected.professionalReasons);
        assertBars(page, "cautions", expected.cautions);
        assertThat(page.select("#chart-urgency g.bar").eachAttr("data-key"))
                .as("the whole scale of contract v2, emergency included").startsWith("none", "routine", "urgent", "emergency");
        assertThat(expected.errors.keySet()).as("the generator spoils lines in several ways").hasSizeGreaterThan(3);

        for (Element row : page.select("table.error-lines tr[data-key]")) {
            String code = row.attr("data-key");
            List<Long> first = expected.errorLines.get(code).subList(0, Math.min(5, expected.errorLines.get(code).size()));
            assertThat(row.selectFirst("td.first-lines").text()).as(code)
                    .isEqualTo(String.join(", ", first.stream().map(String::valueOf).toList()));
        }

        assertBreakdown(page, "by-region", expected.byRegion);
        assertBreakdown(page, "by-severity", expected.bySeverity);
        for (Element svg : page.select("figure.chart svg.bars, figure.chart svg.stacked")) {
            assertThat(svg.attr("width")).isNotEmpty();
        }
    }

    @Test
    void theMarkdownReportHasTheSameCounts() throws Exception {
        CliProcess.Result r = CliProcess.run(dir, null, "report", "out.jsonl", "--format", "md");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String md = r.stdout();
        assertThat(md).startsWith("# Knotwise batch summary: out.jsonl").contains("| lines | 2,000 |")
                .doesNotContain("## By pain region");
        // each code in words (the report is read by people; the HTML page keeps the code in its data-key)
        expected.errors.forEach((code, n) -> assertThat(md)
                .contains("| " + org.knotwise.workbench.bodymap.CodeWords.error(code) + " | " + String.format("%,d", n) + " |"));
        expected.adjustments.forEach((code, n) -> assertThat(md)
                .contains("| " + org.knotwise.workbench.bodymap.CodeWords.adjustment(code) + " | " + String.format("%,d", n) + " |"));
    }

    /**
     * Streaming: a summary of an output far larger than the heap. The output's lines are repeated
     * (12 x 2,000 lines, about 200 MB) and summed with a 24 MB heap; the counts scale exactly.
     */
    @Test
    void aLargeOutputIsSummedInASmallHeap() throws Exception {
        Path big = dir.resolve("big.jsonl");
        int copies = 12;
        try (BufferedWriter w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int c = 0; c < copies; c++) {
                for (String line : output) {
                    w.write(line);
                    w.write('\n');
                }
            }
        }
        assertThat(Files.size(big)).isGreaterThan(8L * 24 * 1024 * 1024);
        Path md = dir.resolve("big.md");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx24m",
                "-XX:+UseSerialGC", "-jar", CliProcess.jar().toString(), "report", big.toString(), "--output", md.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("big.log").toFile()).start();
        assertThat(p.waitFor(600, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("big.log"))).isZero();
        String text = Files.readString(md);
        assertThat(text).contains("| lines | " + String.format("%,d", copies * 2000L) + " |")
                .contains("| assessed cases | " + String.format("%,d", copies * expected.assessed) + " |");
        expected.failureReasons.forEach((code, n) ->
                assertThat(text).contains("| " + org.knotwise.workbench.bodymap.CodeWords.failureReason(code) + " | "
                        + String.format("%,d", copies * n) + " |"));
        Files.delete(big);
    }

    private static void assertBars(Document page, String chart, Map<String, Long> counts) {
        Map<String, Long> shown = new TreeMap<>();
        long more = 0;
        for (Element bar : page.select("#chart-" + chart + " g.bar")) {
            long n = Long.parseLong(bar.attr("data-count"));
            assertThat(number(bar.selectFirst("tspan.count").text())).as("%s %s shows its count", chart, bar.attr("data-key")).isEqualTo(n);
            if (bar.attr("data-key").equals("(more)")) {
                more = n;
            } else if (n > 0) {
                shown.put(bar.attr("data-key"), n);
            }
        }
        Map<String, Long> rest = new TreeMap<>(counts);
        rest.keySet().removeAll(shown.keySet());
        assertThat(shown).as(chart).isEqualTo(new TreeMap<>(counts) {{ keySet().retainAll(shown.keySet()); }});
        assertThat(rest.values().stream().mapToLong(Long::longValue).sum()).as("%s: the bars not drawn", chart).isEqualTo(more);
        if (counts.isEmpty()) {
            assertThat(page.select("#chart-" + chart + " .empty").text()).isEqualTo("None in these cases.");
        }
    }

    private static void assertBreakdown(Document page, String chart, Map<String, long[]> groups) {
        Map<String, String> shown = new TreeMap<>();
        for (Element row : page.select("#chart-" + chart + " tr.group")) {
            long[] n = new long[7];
            String[] cols = {"cases", "errors", "self-care", "self-care-and-professional", "professional", "red-flag", "urgency-emergency"};
            for (int i = 0; i < cols.length; i++) {
                n[i] = number(row.selectFirst("td[data-col=" + cols[i] + "]").text());
            }
            shown.put(row.attr("data-key"), java.util.Arrays.toString(n));
            Element bar = page.selectFirst("#chart-" + chart + " svg g.group[data-key=\"" + row.attr("data-key") + "\"]");
            assertThat(bar).as("%s has a bar for %s", chart, row.attr("data-key")).isNotNull();
            assertThat(bar.attr("data-cases")).isEqualTo(String.valueOf(n[0]));
        }
        Map<String, String> want = new TreeMap<>();
        groups.forEach((k, v) -> want.put(k, java.util.Arrays.toString(v)));
        assertThat(shown).isEqualTo(want);
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", "").trim());
    }

    /** The counts, computed here independently from the output (and the cases, for the breakdowns). */
    static final class Expected {
        final ObjectMapper json = new ObjectMapper();
        long assessed;
        final Map<String, Long> errors = new HashMap<>();
        final Map<String, List<Long>> errorLines = new HashMap<>();
        final Map<String, Long> outcomes = new HashMap<>();
        final Map<String, Long> urgency = new HashMap<>();
        final Map<String, Long> topSites = new HashMap<>();
        final Map<String, Long> confidence = new HashMap<>();
        final Map<String, Long> adjustments = new HashMap<>();
        final Map<String, Long> failureReasons = new HashMap<>();
        final Map<String, Long> professionalReasons = new HashMap<>();
        final Map<String, Long> cautions = new HashMap<>();
        final Map<String, long[]> byRegion = new HashMap<>();
        final Map<String, long[]> bySeverity = new HashMap<>();

        Expected(List<String> cases, List<String> output) throws IOException {
            assertThat(output).hasSameSizeAs(cases);
            for (int i = 0; i < output.size(); i++) {
                JsonNode o = json.readTree(output.get(i));
                String outcome = null;
                if (o.has("error")) {
                    String code = o.get("error").get("code").asText();
                    errors.merge(code, 1L, Long::sum);
                    errorLines.computeIfAbsent(code, c -> new ArrayList<>()).add(o.get("line").asLong());
                } else {
                    assessed++;
                    JsonNode pro = o.get("professional");
                    boolean redFlag = false;
                    for (String r : distinct(pro.get("reasons"), false)) {
                        redFlag |= r.equals("RED_FLAG");
                        professionalReasons.merge(r, 1L, Long::sum);
                    }
                    outcome = redFlag ? "red-flag" : !o.get("selfCare").asBoolean() ? "professional"
                            : pro.get("recommended").asBoolean() ? "self-care-and-professional" : "self-care";
                    outcomes.merge(outcome, 1L, Long::sum);
                    urgency.merge(pro.get("urgency").asText(), 1L, Long::sum);
                    JsonNode sites = o.get("candidateSites");
                    if (sites.size() > 0) {
                        topSites.merge(sites.get(0).get("region").asText(), 1L, Long::sum);
                        confidence.merge(sites.get(0).get("confidence").asText(), 1L, Long::sum);
                    }
                    distinct(o.get("adjustments"), true).forEach(c -> adjustments.merge(c, 1L, Long::sum));
                    distinct(o.get("failureReasons"), true).forEach(c -> failureReasons.merge(c, 1L, Long::sum));
                    distinct(o.get("cautions"), true).forEach(c -> cautions.merge(c, 1L, Long::sum));
                }
                JsonNode c;
                try {
                    c = json.readTree(cases.get(i));
                } catch (IOException e) {
                    c = null;
                }
                List<String> regions = new ArrayList<>();
                String severity;
                if (c == null || !c.isObject()) {
                    regions.add("(unreadable)");
                    severity = "(unreadable)";
                } else {
                    for (JsonNode r : c.path("complaint").path("regions")) {
                        String key = r.isTextual() ? r.asText() : "invalid";
                        if (!regions.contains(key)) {
                            regions.add(key);
                        }
                    }
                    if (regions.isEmpty()) {
                        regions.add("not given");
                    }
                    JsonNode s = c.path("complaint").path("severity");
                    severity = s.isMissingNode() || s.isNull() ? "not given"
                            : s.isIntegralNumber() && s.asInt() >= 0 && s.asInt() <= 10 ? s.asText() : "invalid";
                }
                for (String r : regions) {
                    count(byRegion, r, outcome, o);
                }
                count(bySeverity, severity, outcome, o);
            }
        }

        private static void count(Map<String, long[]> groups, String key, String outcome, JsonNode o) {
            long[] n = groups.computeIfAbsent(key, k -> new long[7]);
            n[0]++;
            if (outcome == null) {
                n[1]++;
                return;
            }
            n[List.of("self-care", "self-care-and-professional", "professional", "red-flag").indexOf(outcome) + 2]++;
            if (o.get("professional").get("urgency").asText().equals("emergency")) {
                n[6]++;
            }
        }

        private static List<String> distinct(JsonNode array, boolean codes) {
            LinkedHashSet<String> set = new LinkedHashSet<>();
            if (array != null) {
                for (JsonNode e : array) {
                    set.add(codes ? e.get("code").asText() : e.asText());
                }
            }
            return new ArrayList<>(set);
        }
    }
}
