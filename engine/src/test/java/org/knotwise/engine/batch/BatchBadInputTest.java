package org.knotwise.engine.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.json.KnotwiseJson;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.engine.batch.LineReaderTest.bytes;
import static org.knotwise.engine.batch.LineReaderTest.concat;

/**
 * A batch in memory, fed every kind of bad line: each input line gets exactly one output line, in
 * order, and each bad one an error naming its line number, code and field.
 */
class BatchBadInputTest {
    private static final String OK = "{\"id\":\"%s\",\"complaint\":{\"regions\":[\"%s\"]}}";
    static Knotwise engine;

    @BeforeAll
    static void loadTheTestRules() throws URISyntaxException {
        engine = Knotwise.withRules(rules("minimal"));
    }

    static Path rules(String name) throws URISyntaxException {
        return Path.of(BatchBadInputTest.class.getResource("/rules/" + name).toURI());
    }

    @Test
    void everyKindOfBadLineGetsItsErrorOnItsLineAndTheBatchGoesOn() throws IOException {
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) ' ');
        tenMegabytes[0] = '{';
        byte[] input = concat(
                new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes(ok("bom") + "\r\n"),     // 1 BOM, CRLF
                bytes("\n"),                                                                        // 2 blank
                bytes("   \t\n"),                                                                   // 3 blank
                bytes("{\"id\":\"x\",\"complaint\":{\"regions\":[\"calf\"],\"severity\":1e400}}\n"), // 4
                bytes("{\"id\":\"y\",\"complaint\":{\"regions\":[\"calf\"],\"severity\":NaN}}\n"),   // 5
                bytes("{\"id\":\"z\",\"x\":" + "[".repeat(200) + "]".repeat(200) + "}\n"),           // 6 deep
                tenMegabytes, bytes("\n"),                                                           // 7 too large
                new byte[]{'{', (byte) 0xFF, '}', '\n'},                                             // 8 not UTF-8
                bytes(ok("bom") + "\n"),                                                             // 9 same id
                bytes("[1,2]\n"),                                                                    // 10 array
                bytes("{\"complaint\":{\"regions\":[\"calf\"]}}\n"),                                 // 11 no id
                bytes("{\"id\":\"w\",\"id\":\"v\",\"complaint\":{\"regions\":[\"calf\"]}}\n"),       // 12 repeated key
                bytes(ok("after") + "\n"),                                                           // 13
                bytes("{\"id\":\"cut\",\"complaint\":{\"regi"));                                      // 14 truncated, no end
        List<JsonNode> out = run(input, BatchProcessor.DEFAULT_MAX_LINE_BYTES);

        assertThat(out).hasSize(14);
        assertCase(out.get(0), "bom");
        assertError(out.get(1), 2, null, "MALFORMED_JSON", null);
        assertError(out.get(2), 3, null, "MALFORMED_JSON", null);
        assertError(out.get(3), 4, "x", "OUT_OF_RANGE", "complaint.severity");
        assertError(out.get(4), 5, null, "MALFORMED_JSON", null);
        assertError(out.get(5), 6, null, "TOO_LARGE", null);
        assertError(out.get(6), 7, null, "TOO_LARGE", null);
        assertThat(out.get(6).at("/error/message").asText()).contains(String.valueOf(BatchProcessor.DEFAULT_MAX_LINE_BYTES));
        assertError(out.get(7), 8, null, "MALFORMED_JSON", null);
        assertThat(out.get(7).at("/error/message").asText()).contains("UTF-8");
        assertError(out.get(8), 9, "bom", "DUPLICATE_ID", "id");
        assertError(out.get(9), 10, null, "WRONG_TYPE", null);
        assertError(out.get(10), 11, null, "MISSING_FIELD", "id");
        assertError(out.get(11), 12, null, "MALFORMED_JSON", "id");
        assertCase(out.get(12), "after");
        assertError(out.get(13), 14, null, "MALFORMED_JSON", null);
    }

    @Test
    void anEmptyInputGivesNoLines() throws IOException {
        assertThat(run(new byte[0], 100)).isEmpty();
    }

    @Test
    void aFileEndingInANewlineHasNoExtraLineNorDoesATrailingBlankLine() throws IOException {
        assertThat(run(bytes(ok("a") + "\n"), 1000)).hasSize(1);
        assertThat(run(bytes(ok("a") + "\n\n"), 1000)).hasSize(1); // an editor's last empty line holds no case
        List<JsonNode> out = run(bytes(ok("a") + "\n\n" + ok("b") + "\n"), 1000);
        assertThat(out).hasSize(3);
        assertError(out.get(1), 2, null, "MALFORMED_JSON", null);
    }

    @Test
    void aFailingRuleIsReportedOnItsLineAndTheBatchGoesOn() throws Exception {
        Knotwise faulty = Knotwise.withRules(rules("throwing"));
        StringWriter out = new StringWriter();
        BatchSummary summary = new BatchProcessor(faulty).run(new ByteArrayInputStream(
                bytes(ok("a", "heel") + "\n" + ok("b", "calf") + "\n" + ok("c", "heel") + "\n")), out);
        List<JsonNode> lines = parse(out.toString());
        assertThat(lines).hasSize(3);
        assertCase(lines.get(0), "a");
        assertError(lines.get(1), 2, "b", "ENGINE_FAILURE", null);
        assertThat(lines.get(1).at("/error/message").asText()).contains("a bug in a rule");
        assertCase(lines.get(2), "c");
        assertThat(summary.errors()).isEqualTo(1);
    }


    private static String ok(String id) {
        return ok(id, "calf");
    }

    private static String ok(String id, String region) {
        return OK.formatted(id, region);
    }

    private static List<JsonNode> run(byte[] input, int maxLineBytes) throws IOException {
        StringWriter out = new StringWriter();
        new BatchProcessor(engine, maxLineBytes).run(new ByteArrayInputStream(input), out);
        return parse(out.toString());
    }

    private static List<JsonNode> parse(String output) {
        if (output.isEmpty()) {
            return List.of();
        }
        assertThat(output).endsWith("\n");
        return output.lines().map(KnotwiseJson::parse).toList();
    }

    private static void assertCase(JsonNode line, String id) {
        assertThat(line.has("error")).as(line.toString()).isFalse();
        assertThat(line.get("id").asText()).isEqualTo(id);
    }

    static void assertError(JsonNode line, int lineNo, String id, String code, String field) {
        assertThat(line.has("error")).as(line.toString()).isTrue();
        assertThat(line.get("line").asInt()).as(line.toString()).isEqualTo(lineNo);
        assertThat(line.get("id").isNull() ? null : line.get("id").asText()).as(line.toString()).isEqualTo(id);
        assertThat(line.at("/error/code").asText()).as(line.toString()).isEqualTo(code);
        assertThat(line.at("/error/field").isNull() ? null : line.at("/error/field").asText()).as(line.toString()).isEqualTo(field);
        assertThat(line.at("/error/message").asText()).isNotBlank();
    }
}
