package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults around a batch: an output that cannot be written, a batch stopped with Ctrl-C, a rules
 * folder with a broken file. Each must fail loudly, with the documented exit code, and leave nothing
 * that looks complete but is not.
 */
class FaultsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CASE = "{\"id\":\"a\",\"complaint\":{\"regions\":[\"calf\"]}}\n";

    @TempDir
    Path dir;

    @Test
    void anOutputInsideAFileCannotBeWrittenAndSaysSo() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), CASE);
        Path notAFolder = Files.writeString(dir.resolve("plain-file"), "x");
        CliProcess.Result r = CliProcess.run(dir, null, "batch", in.toString(), "--output", notAFolder.resolve("out.jsonl").toString());
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(3);
        assertThat(r.stderr()).contains("cannot write", "out.jsonl");
        assertThat(r.stdout()).isEmpty();
    }

    @Test
    void anOutputThatIsAFolderIsRefusedAndNoTemporaryFileIsLeft() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), CASE);
        Path folder = Files.createDirectory(dir.resolve("out.jsonl"));
        CliProcess.Result r = CliProcess.run(dir, null, "batch", in.toString(), "--output", folder.toString());
        assertThat(r.exitCode()).as(r.stderr()).isEqualTo(3);
        assertThat(r.stderr()).contains("out.jsonl");
        assertThat(folder).isDirectory();
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("in.jsonl", "out.jsonl");
    }

    @Test
    void aFullDiskOnStandardOutputIsAnErrorNotSilentLoss() throws Exception {
        Path fullDevice = Path.of("/dev/full");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(fullDevice), "needs /dev/full (Linux)");
        Path in = Cases.write(dir.resolve("in.jsonl"), 200, 3, 0.0);
        Path err = dir.resolve("err.txt");
        int exit = CliProcess.runTo(dir, fullDevice, err, "batch", in.toString());
        assertThat(exit).as(Files.readString(err)).isEqualTo(3);
        assertThat(Files.readString(err)).startsWith("knotwise: ").contains("No space left on device");
    }

    @Test
    void ctrlCLeavesOnlyWholeLinesInInputOrder() throws Exception {
        Path in = Cases.write(dir.resolve("in.jsonl"), 200_000, 11, 0.05);
        Path out = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");
        Process p = CliProcess.start(dir, in, out, err, "batch", "-");
        waitForOutput(p, out, 64 * 1024);
        CliProcess.interrupt(p);
        int exit = CliProcess.waitFor(p);

        assertThat(exit).as("stopped early: " + Files.readString(err)).isEqualTo(130);
        String text = Files.readString(out);
        assertThat(text).as("some output before the interrupt").isNotEmpty();
        assertWholeLinesInInputOrder(text, in);
    }

    @Test
    void ctrlCWithAnOutputFileLeavesNoFileThatLooksComplete() throws Exception {
        Path in = Cases.write(dir.resolve("in.jsonl"), 200_000, 12, 0.0);
        Path out = dir.resolve("out.jsonl");
        Path stdout = dir.resolve("stdout.txt");
        Path err = dir.resolve("err.txt");
        Process p = CliProcess.start(dir, in, stdout, err, "batch", in.toString(), "--output", out.toString());
        waitForAPartialFile(p, dir);
        CliProcess.interrupt(p);
        int exit = CliProcess.waitFor(p);

        assertThat(exit).as(Files.readString(err)).isEqualTo(130);
        assertThat(out).as("an interrupted batch must not leave the target file").doesNotExist();
        assertThat(filesIn(dir)).as("no hidden temporary file; at most OUT.partial, named as unfinished")
                .isSubsetOf("in.jsonl", "stdout.txt", "err.txt", "out.jsonl.partial")
                .contains("in.jsonl", "stdout.txt", "err.txt");
        Path partial = dir.resolve("out.jsonl.partial");
        if (Files.exists(partial)) {
            assertWholeLinesInInputOrder(Files.readString(partial), in);
            assertThat(Files.readString(err)).as("says where the lines went").contains("out.jsonl.partial");
        }
    }

    private static void assertWholeLinesInInputOrder(String text, Path in) throws IOException {
        assertThat(text).as("whole lines only").endsWith("\n");
        List<String> lines = text.lines().toList();
        List<String> input = Files.readAllLines(in);
        assertThat(lines.size()).as("stopped before the end").isLessThan(input.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonNode o = parse(lines.get(i));
            if (o.has("error")) {
                assertThat(o.get("line").asInt()).isEqualTo(i + 1);
            } else {
                assertThat(o.get("id").asText()).isEqualTo(JSON.readTree(input.get(i)).get("id").asText());
            }
        }
    }

    @Test
    void aRulesFolderWithABrokenFileNamesFileAndLineAndAssessesNothing() throws Exception {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve("good.drl"), """
                package org.knotwise.user;
                import org.knotwise.engine.facts.*;
                import org.knotwise.kb.KnowledgeBase;
                global KnowledgeBase kb;
                rule "Note the pain"
                    @id("user.note") @source("§ test") ruleflow-group "finding"
                when
                    PainRegion()
                then
                end
                """);
        Files.writeString(rules.resolve("broken.drl"), """
                package org.knotwise.user;
                import org.knotwise.engine.facts.*;

                rule "A typo"
                    @id("user.typo") @source("§ test") ruleflow-group "finding"
                when
                    PainRegion(nosuchfield == 1)
                then
                end
                """);
        Path in = Files.writeString(dir.resolve("in.jsonl"), CASE);
        Path out = dir.resolve("out.jsonl");

        CliProcess.Result batch = CliProcess.run(dir, null, "batch", in.toString(), "--output", out.toString(),
                "--rules", rules.toString());
        assertThat(batch.exitCode()).as(batch.stderr()).isEqualTo(1);
        assertThat(batch.stderr()).contains("broken.drl:7").doesNotContain("good.drl:");
        assertThat(out).as("nothing assessed on half a rule base").doesNotExist();

        CliProcess.Result assess = CliProcess.run(dir, CASE, "assess", "-", "--rules", rules.toString());
        assertThat(assess.exitCode()).isEqualTo(1);
        assertThat(assess.stdout()).isEmpty();
        assertThat(assess.stderr()).contains("broken.drl:7");
    }

    /** Waits until the batch has written at least {@code bytes} of output. */
    private static void waitForOutput(Process p, Path out, long bytes) throws Exception {
        for (int i = 0; i < 6000 && p.isAlive(); i++) {
            if (Files.exists(out) && Files.size(out) >= bytes) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the batch wrote no output to interrupt (alive: " + p.isAlive() + ")");
    }

    /** Waits until the batch is writing its temporary file beside the target. */
    private static void waitForAPartialFile(Process p, Path dir) throws Exception {
        for (int i = 0; i < 6000 && p.isAlive(); i++) {
            try (Stream<Path> files = Files.list(dir)) {
                if (files.anyMatch(f -> f.getFileName().toString().startsWith(".out.jsonl") && size(f) > 64 * 1024)) {
                    return;
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the batch never started writing (alive: " + p.isAlive() + ")");
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a whole JSON line: " + line, e);
        }
    }
}
