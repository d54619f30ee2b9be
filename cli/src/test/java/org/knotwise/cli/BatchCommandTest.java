package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code batch} and {@code assess} in-process: a small batch with bad lines mixed in, and one-case reports. */
class BatchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void batchWritesOneLinePerInputLineInOrderWithErrorsInline() throws Exception {
        List<String> input = List.of(
                "{\"id\":\"a\",\"complaint\":{\"regions\":[\"low-back\"]}}",
                "{\"id\":\"b\",\"complaint\":{\"regions\":[\"elbow-middle\"]}}",
                "not json at all",
                "{\"id\":\"c\",\"complaint\":{\"regions\":[\"calf\"]},\"redFlags\":[\"fever\"]}",
                "{\"id\":\"a\",\"complaint\":{\"regions\":[\"heel\"]}}",
                "{\"id\":\"d\",\"complaint\":{\"regions\":[\"temple\"],\"severity\":\"high\"}}",
                "{\"id\":\"e\",\"complaint\":{\"regions\":[\"temple\"]}}");
        Path in = dir.resolve("in.jsonl");
        Files.write(in, input);
        Path out = dir.resolve("out.jsonl");

        CliProcess.Result r = Cli.run(null, "batch", in.toString(), "--output", out.toString());

        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
        assertThat(r.stdout()).as("stdout is for results; with --output it stays empty").isEmpty();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(input.size());
        JsonNode[] o = lines.stream().map(this::parse).toArray(JsonNode[]::new);
        assertThat(o[0].get("id").asText()).isEqualTo("a");
        assertThat(o[0].get("selfCare").asBoolean()).isTrue();
        assertError(o[1], "b", 2, "UNKNOWN_REGION", "complaint.regions[0]");
        assertError(o[2], null, 3, "MALFORMED_JSON", null);
        assertThat(o[3].get("selfCare").asBoolean()).isFalse();
        assertThat(o[3].at("/professional/urgency").asText()).isEqualTo("urgent");
        assertThat(o[3].get("technique").isNull()).isTrue();
        assertError(o[4], "a", 5, "DUPLICATE_ID", "id");
        assertError(o[5], "d", 6, "WRONG_TYPE", "complaint.severity");
        assertThat(o[6].get("id").asText()).isEqualTo("e");
        assertThat(r.stderr()).contains("7 line(s)", "4 error(s)");
    }

    @Test
    void batchReadsStandardInputAndWritesStandardOutput() throws Exception {
        String input = "{\"id\":\"x\",\"complaint\":{\"regions\":[\"jaw\"]}}\n{\"id\":\"y\",\"complaint\":{\"regions\":[\"heel\"]}}\n";
        CliProcess.Result r = Cli.run(input, "batch", "-");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdoutLines()).hasSize(2);
        assertThat(parse(r.stdoutLines().get(1)).get("id").asText()).isEqualTo("y");
    }

    @Test
    void assessPrintsAReadableReportAndJson() throws Exception {
        Path c = dir.resolve("case.json");
        Files.writeString(c, "{\"id\":\"w\",\"complaint\":{\"regions\":[\"wrist-back\"]},\"spots\":[{\"region\":\"forearm-back\",\"tender\":true,\"goodPain\":true,\"relevant\":true}]}");
        CliProcess.Result text = Cli.run(null, "assess", c.toString());
        assertThat(text.exitCode()).as(text.stderr()).isZero();
        assertThat(text.stdout()).contains("Where to look", "forearm-back", "How to rub", "4-7 out of 10");

        CliProcess.Result json = Cli.run(null, "assess", "--format", "json", c.toString());
        assertThat(json.exitCode()).isZero();
        assertThat(parse(json.stdout().trim()).at("/candidateSites/0/region").asText()).isEqualTo("forearm-back");
    }

    @Test
    void assessOfABadCaseNamesTheFieldAndFails() throws Exception {
        CliProcess.Result r = Cli.run("{\"id\":\"q\",\"complaint\":{\"regions\":[\"knee\"]}}", "assess", "-");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).contains("UNKNOWN_REGION", "complaint.regions[0]", "case q");
    }

    private void assertError(JsonNode line, String id, int lineNo, String code, String field) {
        assertThat(line.has("error")).as(line.toString()).isTrue();
        assertThat(line.get("id").isNull() ? null : line.get("id").asText()).isEqualTo(id);
        assertThat(line.get("line").asInt()).isEqualTo(lineNo);
        assertThat(line.at("/error/code").asText()).isEqualTo(code);
        assertThat(line.at("/error/field").isNull() ? null : line.at("/error/field").asText()).isEqualTo(field);
        assertThat(line.at("/error/message").asText()).isNotBlank();
    }

    private JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }
}
