package org.knotwise.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples a newcomer is told to run (examples/README.md) work as described. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    @TestFactory
    Stream<DynamicTest> everyExampleCaseGivesAReport() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream()
                    .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                        CliProcess.Result r = Cli.run(null, "assess", p.toString());
                        assertThat(r.exitCode()).as(r.stderr()).isZero();
                        assertThat(r.stdout()).startsWith("Knotwise assessment: ").contains("not a medical diagnosis");
                    }));
        }
    }

    @Test
    void theRedFlagExampleGivesNoPlan() throws Exception {
        CliProcess.Result r = Cli.run(null, "assess", EXAMPLES.resolve("red-flag.json").toString());
        assertThat(r.stdout()).contains("Self-massage: NO", "emergency care").doesNotContain("How to rub");
    }

    @Test
    void theBatchExampleWritesOneLinePerInputLineAndFails() throws Exception {
        Path in = EXAMPLES.resolve("batch.jsonl");
        CliProcess.Result r = Cli.run(null, "batch", in.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stdoutLines()).hasSameSizeAs(Files.readAllLines(in));
        assertThat(r.stdoutLines().get(5)).contains("DUPLICATE_ID");
    }
}
