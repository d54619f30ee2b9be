package org.knotwise.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code ./knotwise} launcher, in a copy of the project (so the build it starts cannot disturb
 * this one): two first runs at once after a source change both succeed, one building while the
 * other waits, and the build writes no colour escapes, the service's build ({@code serve}) neither.
 */
class LauncherIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path copy;

    @Test
    void twoRunsAtOnceAfterASourceChangeBothSucceed() throws Exception {
        copyProject(ROOT, copy);
        Path source = copy.resolve("cli/src/main/java/org/knotwise/cli/ExitCodes.java");
        Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 2000));
        Path example = copy.resolve("examples/wrist-referred.json");

        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(new ProcessBuilder("./knotwise", "assess", example.toString()).directory(copy.toFile())
                    .redirectOutput(copy.resolve("out" + i + ".txt").toFile())
                    .redirectError(copy.resolve("err" + i + ".txt").toFile()).start());
        }
        for (int i = 0; i < 2; i++) {
            Process p = runs.get(i);
            if (!p.waitFor(900, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("the launcher did not finish in 900 s");
            }
            String err = Files.readString(copy.resolve("err" + i + ".txt"));
            assertThat(p.exitValue()).as("run " + i + ": " + err).isZero();
            assertThat(Files.readString(copy.resolve("out" + i + ".txt"))).startsWith("Knotwise assessment: ");
            assertThat(err).as("no colour escapes from Maven").doesNotContain("\u001b[");
        }
        String both = Files.readString(copy.resolve("err0.txt")) + Files.readString(copy.resolve("err1.txt"));
        assertThat(both.split("knotwise: building", -1)).as("exactly one of the two built").hasSize(2);
    }

    @Test
    void theServicesBuildWritesNoColourEscapes() throws Exception {
        copyProject(ROOT, copy);
        Path source = copy.resolve("service/src/main/java/org/knotwise/service/cli/ServeCommand.java");
        Files.setLastModifiedTime(source, FileTime.fromMillis(System.currentTimeMillis() + 2000));
        Process p = new ProcessBuilder("./knotwise", "serve", "--help").directory(copy.toFile())
                .redirectOutput(copy.resolve("out.txt").toFile()).redirectError(copy.resolve("err.txt").toFile()).start();
        if (!p.waitFor(900, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the launcher did not finish in 900 s");
        }
        String err = Files.readString(copy.resolve("err.txt"));
        assertThat(p.exitValue()).as(err).isZero();
        assertThat(err).contains("knotwise: building the service").doesNotContain("\u001b[");
        assertThat(Files.readString(copy.resolve("out.txt"))).contains("Usage: knotwise serve");
    }

    /** The project's sources and built modules, without .git. */
    private static void copyProject(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path rel = from.relativize(f);
                if (rel.startsWith(".git") || rel.toString().endsWith(".jsa") || rel.toString().contains("surefire-reports")
                        || rel.toString().contains("failsafe-reports")) {
                    continue;
                }
                Path target = to.resolve(rel.toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
