package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rules test}: scenario files that pass, that fail, and the coverage they leave. */
class RulesTestCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theContractScenariosAllPass() throws Exception {
        Path scenarios = dir.resolve("scenarios.jsonl");
        Files.copy(Path.of(RulesTestCommandTest.class.getResource("/scenarios/contract-scenarios.jsonl").toURI()), scenarios);

        CliProcess.Result r = Cli.run(null, "rules", "test", scenarios.toString());

        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
        assertThat(r.stdoutLines()).containsExactly("15 passed, 0 failed");
    }

    @Test
    void failuresShowExpectedVersusGotWithTheirFileAndLineAndExitOne() throws Exception {
        Files.writeString(dir.resolve("hand.yaml"), """
                - case:
                    id: holds-fine
                    complaint: {regions: [low-back]}
                  expect: {selfCare: true}
                - case:
                    id: wrong-top-site
                    complaint: {regions: [calf]}
                    spots: [{region: calf, tender: true, goodPain: true, relevant: true}]
                  expect: {topSite: heel, adjustments: [LESS_OFTEN]}
                """);
        Files.writeString(dir.resolve("lines.jsonl"),
                "{\"case\":{\"id\":\"flag\",\"complaint\":{\"regions\":[\"low-back\"]},\"redFlags\":[\"fever\"]},\"expect\":{\"selfCare\":true}}\n");

        CliProcess.Result r = Cli.run(null, "rules", "test", dir.resolve("hand.yaml").toString(), dir.resolve("lines.jsonl").toString());

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
        assertThat(r.stdout()).contains(
                "FAIL wrong-top-site (hand.yaml:5)\n  top site: expected heel, got calf\n",
                "adjustments: expected to include [LESS_OFTEN], got []",
                "FAIL flag (lines.jsonl:1)\n  selfCare: expected true, got false\n");
        assertThat(r.stdout()).doesNotContain("holds-fine");
        assertThat(r.stdoutLines()).last().isEqualTo("1 passed, 2 failed");
    }

    @Test
    void coverageNamesTheRulesCodesAndRegionsTheScenariosLeaveUntouched() throws Exception {
        CliProcess.Result init = Cli.run(null, "rules", "init", dir.resolve("my-rules").toString());
        assertThat(init.exitCode()).as(init.stderr()).isZero();
        String caseJson = "{\"id\":\"flag\",\"complaint\":{\"regions\":[\"low-back\"]},\"redFlags\":[\"fever\"]}";
        Files.writeString(dir.resolve("one.jsonl"), "{\"case\":" + caseJson + ",\"expect\":{\"professionalReasons\":[\"RED_FLAG\"]}}\n");

        CliProcess.Result r = Cli.run(null, "rules", "test", dir.resolve("one.jsonl").toString(), "--rules", dir.resolve("my-rules").toString(),
                "--coverage", "--coverage-html", dir.resolve("report/coverage.html").toString());
        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();

        // What to expect, found independently: every @id in the rule files, the rules the case fires
        // (from the assessment's explanation), and the regions in regions.csv.
        List<String> allIds = ids(dir.resolve("my-rules"));
        CliProcess.Result assessed = Cli.run(caseJson, "assess", "-", "--format", "json", "--rules", dir.resolve("my-rules").toString());
        Set<String> fired = new LinkedHashSet<>();
        JSON.readTree(assessed.stdout()).get("explanation").forEach(s -> fired.add(s.get("rule").asText()));
        List<String> unfired = allIds.stream().filter(id -> !fired.contains(id)).toList();
        int regions = Files.readAllLines(dir.resolve("my-rules/kb/regions.csv")).size() - 1;

        assertThat(fired).isNotEmpty();
        String out = r.stdout();
        assertThat(out).contains("Coverage of 1 scenarios", "Rules no scenario fired (" + unfired.size() + "):");
        assertThat(out).containsPattern("rules fired:\\s+" + fired.size() + " of\\s+" + allIds.size() + " ");
        assertThat(out).containsPattern("regions touched:\\s+1 of\\s+" + regions + " ");
        assertThat(out).containsPattern("codes expected:\\s+1 of\\s+\\d+");
        List<String> listedUnfired = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  (\\S+)  \\S+\\.drl:\\d+  ").matcher(out);
        while (m.find()) {
            listedUnfired.add(m.group(1));
        }
        assertThat(listedUnfired).containsExactlyInAnyOrderElementsOf(unfired);
        String codes = between(out, "Codes no scenario expected", "Regions no scenario touched");
        assertThat(codes).contains("REDUCE_INTENSITY", "NOT_TENDER").doesNotContain("RED_FLAG");
        String untouched = between(out, "Regions no scenario touched", "Coverage page:");
        assertThat(untouched).contains("calf", "heel").doesNotContain("low-back");
        assertThat(r.stdoutLines()).last().isEqualTo("1 passed, 0 failed");

        String html = Files.readString(dir.resolve("report/coverage.html"));
        for (String id : unfired) {
            assertThat(html).contains("data-id=\"" + id + "\"");
        }
        for (String id : fired) {
            assertThat(html).doesNotContain("data-id=\"" + id + "\"");
        }
    }

    static List<String> ids(Path rulesFolder) throws Exception {
        List<String> ids = new ArrayList<>();
        Pattern id = Pattern.compile("@id\\(\"([^\"]+)\"\\)");
        try (var files = Files.list(rulesFolder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                Matcher m = id.matcher(Files.readString(f));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        return ids;
    }

    /** The text from one heading of the coverage report up to the next marker. */
    private static String between(String out, String from, String to) {
        int start = out.indexOf(from);
        int end = out.indexOf(to, start);
        assertThat(start).as(from).isNotNegative();
        assertThat(end).as(to).isGreaterThan(start);
        return out.substring(start, end);
    }
}
