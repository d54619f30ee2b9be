package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Generated cases through {@code generate} and {@code batch}, in-process. */
class GenerateAndBatchTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void generateWritesTheSameFileForTheSameSeedAndAnotherForAnotherSeed() throws Exception {
        CliProcess.Result a = Cli.run(null, "generate", "--count", "200", "--seed", "42", "--bad-share", "0.1");
        CliProcess.Result b = Cli.run(null, "generate", "--count", "200", "--seed", "42", "--bad-share", "0.1");
        CliProcess.Result c = Cli.run(null, "generate", "--count", "200", "--seed", "43", "--bad-share", "0.1");

        assertThat(a.exitCode()).as(a.stderr()).isZero();
        assertThat(a.stdoutLines()).hasSize(200);
        assertThat(b.stdout()).isEqualTo(a.stdout());
        assertThat(c.stdout()).isNotEqualTo(a.stdout());
    }

    @Test
    void generatedValidCasesAllPassAndBadLinesFailOnTheirLine() throws Exception {
        Path good = dir.resolve("good.jsonl");
        assertThat(Cli.run(null, "generate", "-n", "150", "-s", "7", "-o", good.toString()).exitCode()).isZero();
        CliProcess.Result valid = Cli.run(null, "batch", good.toString());
        assertThat(valid.exitCode()).as(valid.stderr()).isZero();
        assertThat(valid.stdoutLines()).hasSize(150).allSatisfy(l -> assertThat(parse(l).has("error")).as(l).isFalse());

        Path mixed = dir.resolve("mixed.jsonl");
        Cli.run(null, "generate", "-n", "150", "-s", "7", "--bad-share", "0.3", "-o", mixed.toString());
        CliProcess.Result r = Cli.run(null, "batch", mixed.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        List<JsonNode> out = r.stdoutLines().stream().map(this::parse).toList();
        assertThat(out).hasSize(150);
        long errors = out.stream().filter(o -> o.has("error")).count();
        assertThat(errors).isBetween(20L, 80L);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).has("error")) {
                assertThat(out.get(i).get("line").asInt()).isEqualTo(i + 1);
            }
        }
    }


    @Test
    void nonsenseThreadCountsAreUsageErrors() throws Exception {
        Path in = dir.resolve("cases.jsonl");
        Files.writeString(in, "");
        assertThat(Cli.run(null, "batch", in.toString(), "--threads", "0").exitCode()).isEqualTo(2);
        assertThat(Cli.run(null, "generate", "--count", "5", "--bad-share", "1.5").exitCode()).isEqualTo(2);
    }

    private JsonNode parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + s, e);
        }
    }
}
