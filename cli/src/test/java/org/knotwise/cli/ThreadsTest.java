package org.knotwise.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The thread count never changes a batch's output, byte for byte (contract §2). */
class ThreadsTest {

    @TempDir
    Path dir;

    @Test
    void oneAndTwoThreadsWriteByteIdenticalOutput() throws Exception {
        Path in = Cases.write(dir.resolve("in.jsonl"), 10_000, 77, 0.10);
        Path one = dir.resolve("one.jsonl");
        Path two = dir.resolve("two.jsonl");
        CliProcess.Result r1 = Cli.run(null, "batch", in.toString(), "--threads", "1", "--output", one.toString());
        CliProcess.Result r2 = Cli.run(null, "batch", in.toString(), "--threads", "2", "--output", two.toString());
        assertThat(r1.exitCode()).as(r1.stderr()).isEqualTo(1);
        assertThat(r2.exitCode()).as(r2.stderr()).isEqualTo(1);
        assertThat(Files.readAllLines(one)).hasSize(10_000);
        assertThat(Files.mismatch(one, two)).as("first differing byte").isEqualTo(-1L);
        assertThat(r2.stderr()).contains("10000 line(s)").contains("cases/s");
        assertThat(dir.resolve("one.jsonl.partial")).doesNotExist();
    }
}
