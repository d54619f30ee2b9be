package org.knotwise.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher picks a batch's JIT compiler by the input's size (BENCHMARKS.md, "Performance, round 4"):
 * the quick compiler for a small file, straight to C2 for standard input (size unknown), the tiered
 * default with one thread. Which compiler ran is the JVM's business only: every choice writes the same
 * answers, byte for byte.
 */
class BatchCompilerChoiceIT {
    private static final Path ROOT = CliProcess.jar().toAbsolutePath().getParent().getParent().getParent();

    @TempDir
    static Path dir;
    private static Path cases;

    @BeforeAll
    static void generateCases() throws Exception {
        cases = dir.resolve("cases.jsonl");
        assertThat(CliProcess.run(dir, null, "generate", "--count", "300", "--seed", "11", "--output", cases.toString())
                .exitCode()).isZero();
    }

    @Test
    void aSmallFileGetsTheQuickCompilerStandardInputC2AndOneThreadTheTieredDefault() throws Exception {
        assertThat(launch(Map.of(), null, "batch", cases.toString(), "--explain", "none").flags())
                .contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:-TieredCompilation");
        assertThat(launch(Map.of(), cases, "batch", "-", "--explain", "none").flags())
                .contains("-XX:-TieredCompilation").doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(launch(Map.of(), null, "batch", "--threads", "1", cases.toString()).flags())
                .doesNotContain("-XX:TieredStopAtLevel=1", "-XX:-TieredCompilation");
        assertThat(launch(Map.of(), null, "batch", "--output", cases.toString() + ".out", "--threads=1", cases.toString()).flags())
                .as("an --output file is not the input").doesNotContain("-XX:TieredStopAtLevel=1", "-XX:-TieredCompilation");
        assertThat(launch(Map.of("KNOTWISE_BATCH_JIT", "full"), null, "batch", cases.toString()).flags())
                .contains("-XX:-TieredCompilation");
    }

    @Test
    void everyCompilerChoiceWritesTheSameAnswers() throws Exception {
        String tiered = launch(Map.of("KNOTWISE_BATCH_JIT", "tiered"), null, "batch", cases.toString()).stdout();
        assertThat(tiered.lines()).hasSize(300);
        for (String jit : List.of("quick", "full", "auto")) {
            assertThat(launch(Map.of("KNOTWISE_BATCH_JIT", jit), null, "batch", cases.toString()).stdout())
                    .as(jit).isEqualTo(tiered);
        }
    }

    private record Launched(String stdout, String flags) {
    }

    /** {@code ./knotwise ARGS} with the launcher's trace on: stdout, and the JVM command line it traced. */
    private static Launched launch(Map<String, String> env, Path stdin, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("knotwise").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin != null) {
            pb.redirectInput(stdin.toFile());
        }
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        pb.environment().remove("KNOTWISE_BATCH_JIT");
        pb.environment().put("KNOTWISE_LAUNCHER_TRACE", "1");
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the launcher did not finish in 600 s");
        }
        String errors = Files.readString(err);
        assertThat(p.exitValue()).as(errors).isZero();
        String flags = errors.lines().filter(l -> l.startsWith("knotwise: java ")).findFirst()
                .orElseThrow(() -> new AssertionError("no launcher trace on stderr: " + errors));
        return new Launched(Files.readString(out), flags);
    }
}
