package org.knotwise.cli;

import org.junit.jupiter.api.Assumptions;
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
 * The launcher may run {@code assess} on Java 17 alone, on Java 17 with its AppCDS archive, or on a
 * JDK 25 with its ahead-of-time cache: each gives the same answer, byte for byte, with nothing of
 * the JVM's own on stdout or stderr, whether it is recording its archive or cache or using it, and
 * whether it compiles a rules folder (where JDK 24+ would warn about a library's sun.misc.Unsafe calls).
 */
class LauncherRuntimesIT {
    private static final String JDK25 = System.getenv().getOrDefault("KNOTWISE_JDK25", "/usr/lib/jvm/temurin-25-jdk-amd64");

    private final Path root = CliProcess.jar().toAbsolutePath().getParent().getParent().getParent();

    @Test
    void java17WithAndWithoutClassDataSharingAnswersTheSame() throws Exception {
        String plain = assess(Map.of("KNOTWISE_AOT", "off", "KNOTWISE_CDS", "off"));
        assertThat(plain).startsWith("{\"id\":\"example-wrist\"");
        Files.deleteIfExists(root.resolve("cli/target/knotwise.jsa"));
        assertThat(assess(Map.of("KNOTWISE_AOT", "off"))).as("recording the archive").isEqualTo(plain);
        assertThat(root.resolve("cli/target/knotwise.jsa")).exists();
        assertThat(assess(Map.of("KNOTWISE_AOT", "off"))).as("with the archive").isEqualTo(plain);
    }

    @Test
    void theFirstBatchRecordsTheArchiveWhenAssessHasNot(@TempDir Path dir) throws Exception {
        Path cases = dir.resolve("cases.jsonl");
        assertThat(CliProcess.run(dir, null, "generate", "--count", "50", "--seed", "3", "--output", cases.toString())
                .exitCode()).isZero();
        String plain = launch(Map.of("KNOTWISE_CDS", "off"), "batch", cases.toString());
        assertThat(plain.lines()).hasSize(50);
        Files.deleteIfExists(root.resolve("cli/target/knotwise.jsa"));
        assertThat(launch(Map.of(), "batch", cases.toString())).as("recording the archive").isEqualTo(plain);
        assertThat(root.resolve("cli/target/knotwise.jsa")).exists();
        assertThat(launch(Map.of(), "batch", cases.toString())).as("with the archive").isEqualTo(plain);
    }

    @Test
    void jdk25WithItsAheadOfTimeCacheAnswersAsJava17Does() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(JDK25, "bin/java")),
                "SKIPPED LOUDLY: no JDK 25 at " + JDK25 + " (set KNOTWISE_JDK25), so the launcher never picks it here");
        String plain = assess(Map.of("KNOTWISE_AOT", "off", "KNOTWISE_CDS", "off"));
        Files.deleteIfExists(root.resolve("cli/target/knotwise.aot"));
        assertThat(assess(Map.of("KNOTWISE_JDK25", JDK25))).as("training the cache").isEqualTo(plain);
        assertThat(root.resolve("cli/target/knotwise.aot")).exists();
        assertThat(assess(Map.of("KNOTWISE_JDK25", JDK25))).as("with the cache").isEqualTo(plain);
    }

    @Test
    void jdk25WithARulesFolderSaysNothingOnStderr(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of(JDK25, "bin/java")),
                "SKIPPED LOUDLY: no JDK 25 at " + JDK25 + " (set KNOTWISE_JDK25), so the launcher never picks it here");
        assertThat(CliProcess.run(dir, null, "rules", "init", "r").exitCode()).isZero();
        String rules = dir.resolve("r").toString();
        String plain = assess(Map.of("KNOTWISE_AOT", "off", "KNOTWISE_CDS", "off"), "--rules", rules);
        assertThat(assess(Map.of("KNOTWISE_JDK25", JDK25), "--rules", rules)).isEqualTo(plain);
    }

    /** {@code ./knotwise assess examples/wrist-referred.json --format json [more]}; stdout, checked clean. */
    private String assess(Map<String, String> env, String... more) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("assess", "examples/wrist-referred.json", "--format", "json"));
        args.addAll(List.of(more));
        return launch(env, args.toArray(String[]::new));
    }

    /** {@code ./knotwise ARGS}; stdout, with nothing on stderr but a batch's summary line. */
    private String launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("launcher-out", ".txt");
        Path err = Files.createTempFile("launcher-err", ".txt");
        try {
            List<String> command = new ArrayList<>(List.of(root.resolve("knotwise").toString()));
            command.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(command)
                    .directory(root.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("the launcher did not finish in 600 s");
            }
            assertThat(p.exitValue()).as(Files.readString(err)).isZero();
            assertThat(Files.readString(err).lines().filter(l -> !l.startsWith("knotwise: ") || !l.contains(" line(s), ")))
                    .as("stderr with " + env).isEmpty();
            return Files.readString(out);
        } finally {
            Files.delete(out);
            Files.delete(err);
        }
    }
}
