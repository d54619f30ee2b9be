package org.knotwise.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule base is never loaded unless it compiles with type checking and passes its gate scenarios, and a
 * looping rule base neither hangs a command nor outlives a SIGTERM.
 */
class RuleGateIT {

    @TempDir
    Path dir;
    Path rules;

    @BeforeEach
    void init() throws Exception {
        CliProcess.Result r = CliProcess.run(dir, null, "rules", "init", "my-rules");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        rules = dir.resolve("my-rules");
        assertThat(rules.resolve("scenarios/golden.jsonl")).as("init copies the golden set").isRegularFile();
    }

    private void edit(String file, String from, String to) throws Exception {
        Path f = rules.resolve(file);
        String text = Files.readString(f);
        assertThat(text).contains(from);
        Files.writeString(f, text.replace(from, to));
    }

    /**
     * rank.medium overlapping rank.high (as {@code score <= 4} for {@code score < 4} once did): for a spot with
     * all three signs the two set its confidence back and forth for ever.
     */
    private void makeRulesLoop() throws Exception {
        edit("ranking-sites.drl", "confidence == \"low\")\n    PressedSpot(index == $c.spotIndex, tender == true, surelyRelevant != goodPainFelt)",
                "confidence != \"medium\")\n    PressedSpot(index == $c.spotIndex, tender == true)");
    }

    @Test
    void aTypeErrorFailsValidateWithItsLineAndNothingLoads() throws Exception {
        edit("when-to-see-a-professional.drl", "days >= 14", "days >= \"ten\"");
        int line = lineOf(rules.resolve("when-to-see-a-professional.drl"), "days >= \"ten\"");

        CliProcess.Result validate = CliProcess.run(dir, null, "rules", "validate", "--rules", "my-rules");
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.stdout()).contains(Path.of("my-rules", "when-to-see-a-professional.drl") + ":" + line
                + ": error: \"ten\" is text, but it is compared with a number");

        CliProcess.Result assess = CliProcess.run(dir, "{\"id\":\"a\",\"complaint\":{\"regions\":[\"calf\"]}}",
                "assess", "-", "--rules", "my-rules");
        assertThat(assess.exitCode()).isEqualTo(1);
        assertThat(assess.stderr()).contains("the rules did not load", "when-to-see-a-professional.drl:" + line)
                .doesNotContain("\tat ");
    }

    @Test
    void loopingRulesAreRefusedByTheGateNamingTheScenarioAndTheRules() throws Exception {
        makeRulesLoop();

        CliProcess.Result validate = CliProcess.run(dir, null, "rules", "validate", "--rules", "my-rules");
        assertThat(validate.exitCode()).isEqualTo(1);
        assertThat(validate.stdout()).contains("golden.jsonl:", "gate scenario", "ENGINE_FAILURE",
                "the rules kept firing", "rank.high", "rank.medium");

        long started = System.nanoTime();
        CliProcess.Result test = CliProcess.run(dir, null, "rules", "test", "my-rules/scenarios", "--rules", "my-rules");
        assertThat(test.exitCode()).isEqualTo(1);
        assertThat(test.stderr()).contains("the rules did not load", "rank.high", "rank.medium");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)).as("rules test ends promptly").isLessThan(300);
    }

    @Test
    void aFailingGateScenarioIsNamedWithExpectedAndGot() throws Exception {
        // the professional threshold moved without its scenario: the folder's own gate catches it
        edit("when-to-see-a-professional.drl", "days >= 14", "days >= 40");

        CliProcess.Result r = CliProcess.run(dir, null, "rules", "validate", "--rules", "my-rules");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stdout()).containsPattern("golden\\.jsonl:\\d+: error: gate scenario v10-no-progress failed: .*expected");
    }

    @Test
    void validateOfAFolderWorksWhateverItHolds() throws Exception {
        // the folder's own gate, not the built-in rules, decides: an empty scenarios/ falls back to the golden set
        Files.delete(rules.resolve("scenarios/golden.jsonl"));
        Files.delete(rules.resolve("scenarios/examples.yaml"));

        CliProcess.Result r = CliProcess.run(dir, null, "rules", "validate", "--rules", "my-rules");

        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
    }

    @Test
    void sigtermStopsALongBatchPromptly() throws Exception {
        Path cases = dir.resolve("cases.jsonl");
        CliProcess.Result gen = CliProcess.run(dir, null, "generate", "--count", "200000", "--seed", "3", "--output", cases.toString());
        assertThat(gen.exitCode()).as(gen.stderr()).isZero();
        Path out = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");
        Process p = CliProcess.start(dir, cases, out, err, "batch", cases.toString(), "--output", out.toString());
        // bounded wait for the batch to be under way (its partial output appears beside the target)
        for (int i = 0; i < 600 && p.isAlive() && !underWay(dir); i++) {
            Thread.sleep(100);
        }
        assertThat(p.isAlive()).as("the batch is still running when signalled: " + Files.readString(err)).isTrue();

        long signalled = System.nanoTime();
        p.destroy(); // SIGTERM
        boolean ended = p.waitFor(5, TimeUnit.SECONDS);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
        if (!ended) {
            p.destroyForcibly();
        }
        assertThat(ended).as("batch ends within 5 s of SIGTERM").isTrue();
        System.out.println("batch ended " + millis + " ms after SIGTERM");
    }

    private static boolean underWay(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            // the batch writes to a hidden file beside the target until it is complete
            return files.anyMatch(f -> f.getFileName().toString().startsWith(".out.jsonl.") && f.toFile().length() > 0);
        }
    }

    private static int lineOf(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line holds " + text);
    }
}
