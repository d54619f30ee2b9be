package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance run: 100k lines, a tenth of them garbage, through the packaged command. */
class BatchGarbageIT {
    static final int LINES = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void oneHundredThousandLinesWithTenPercentGarbageGiveOneHundredThousandLinesInOrder() throws Exception {
        Path in = Cases.write(dir.resolve("in.jsonl"), LINES, 2026, 0.10);
        Path out = dir.resolve("out.jsonl");
        CliProcess.Result r = CliProcess.run(dir, null, "batch", in.toString(), "--output", out.toString());
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(1);
        assertThat(r.stdout()).isEmpty();

        long errors = 0;
        int n = 0;
        try (BufferedReader input = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             BufferedReader output = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            for (String o = output.readLine(); o != null; o = output.readLine()) {
                n++;
                String i = input.readLine();
                assertThat(i).as("more output than input at line " + n).isNotNull();
                JsonNode result = JSON.readTree(o);
                if (result.has("error")) {
                    errors++;
                    assertThat(result.get("line").asInt()).as(o).isEqualTo(n);
                    assertThat(result.at("/error/code").asText()).isNotBlank();
                } else {
                    assertThat(result.get("id").asText()).isEqualTo(JSON.readTree(i).get("id").asText());
                }
            }
            assertThat(input.readLine()).as("every input line has its output line").isNull();
        }
        assertThat(n).isEqualTo(LINES);
        assertThat(errors).isBetween(LINES / 12L, LINES / 8L);
        assertThat(r.stderr()).contains(LINES + " line(s)", errors + " error(s)");
    }
}
