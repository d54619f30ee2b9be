package org.knotwise.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Output files appear whole or not at all, and a device or pipe given as the target stays one. */
class OutputFilesTest {

    @Test
    void aRegularTargetAppearsWholeUnderItsName(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.jsonl");

        OutputFiles.writeThenRename(target, out -> { out.write("a\n"); return true; }, done -> done);

        assertThat(target).hasContent("a");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target); // no temporary file left beside it
        }
    }

    @Test
    void aNamedPipeIsWrittenInPlaceNotReplacedByAFile(@TempDir Path dir) throws Exception {
        // /dev/null is the everyday case; renaming over it once replaced the device with a file
        Path pipe = dir.resolve("pipe");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available here");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(Files.readAllBytes(pipe), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        OutputFiles.writeThenRename(pipe, out -> { out.write("through the pipe\n"); return true; }, done -> done);

        assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo("through the pipe\n");
        assertThat(Files.isRegularFile(pipe)).as("still a pipe").isFalse();
        assertThat(OutputFiles.isSpecial(pipe)).isTrue();
    }
}
