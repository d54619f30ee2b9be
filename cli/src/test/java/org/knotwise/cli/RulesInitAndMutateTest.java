package org.knotwise.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.engine.rulebase.BuiltInRules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a mutation score rests on: {@code rules init} copies the scenarios the built-in rules are tested with and
 * their declared-equivalent mutants (a fresh copy scored 46% without them, the built-in rules over 95%), and
 * {@code rules mutate} says first which scenarios it ran and which equivalents it took.
 */
class RulesInitAndMutateTest {

    @TempDir
    Path dir;

    @Test
    void initCopiesTheBuiltInTestScenariosAndEquivalentsAndListsEveryFileItWrote() throws Exception {
        Path rules = dir.resolve("my-rules");

        CliProcess.Result r = Cli.run(null, "rules", "init", rules.toString());

        assertThat(r.exitCode()).as(r.stderr()).isZero();
        Map<String, String> tests = BuiltInRules.testScenarios();
        assertThat(tests).as("the rules jar ships the built-in test scenarios").containsKeys("red-flags.jsonl", "safety-v3.jsonl");
        for (Map.Entry<String, String> t : tests.entrySet()) {
            assertThat(rules.resolve("scenarios/built-in-tests").resolve(t.getKey())).hasContent(t.getValue());
        }
        assertThat(rules.resolve("scenarios/equivalent-mutants.txt")).isRegularFile();
        assertThat(Files.readString(rules.resolve("scenarios/equivalent-mutants.txt"), StandardCharsets.UTF_8)).contains(" | ");
        List<String> written;
        try (Stream<Path> files = Files.walk(rules)) {
            written = files.filter(Files::isRegularFile).map(f -> rules.relativize(f).toString().replace('\\', '/')).toList();
        }
        assertThat(written).hasSizeGreaterThan(30);
        for (String file : written) {
            assertThat(r.stdoutLines()).as("init names " + file).contains("    " + file);
        }
        assertThat(r.stdout()).startsWith("Wrote " + written.size() + " files to " + rules + ":");
    }

    @Test
    void mutateSaysFirstWhichScenariosItRanAndWhereTheEquivalentsCameFrom() throws Exception {
        Path rules = Files.createDirectories(dir.resolve("mini"));
        Files.writeString(rules.resolve("mini.drl"), """
                package org.knotwise.test;

                import org.knotwise.engine.facts.*;

                rule "Note each pain region"
                    @id("test.pain-region")
                    @source("§ test")
                    @because("every case has a pain region")
                    ruleflow-group "finding"
                when
                    PainRegion()
                then
                end

                rule "Two weeks without progress: see a professional"
                    @id("test.long")
                    @source("§ test")
                    @because("two weeks or more")
                    ruleflow-group "professional"
                when
                    MassageHistory(days != null, days >= 14)
                then
                    insert(new ProfessionalAdvice("NO_PROGRESS", "routine", "test"));
                end
                """);
        Path scenarios = Files.createDirectories(rules.resolve("scenarios"));
        Files.writeString(scenarios.resolve("mini.jsonl"), """
                {"case": {"id": "twenty-days", "complaint": {"regions": ["calf"]}, "history": {"days": 20}}, "expect": {"professionalReasons": ["NO_PROGRESS"]}}
                {"case": {"id": "five-days", "complaint": {"regions": ["calf"]}, "history": {"days": 5}}, "expect": {"notProfessionalReasons": ["NO_PROGRESS"]}}
                """);

        CliProcess.Result r = Cli.run(null, "rules", "mutate", scenarios.toString(), "--rules", rules.toString(), "--threads", "1");

        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
        assertThat(r.stdoutLines().get(0)).isEqualTo("Scenarios: 2 from 1 file (" + scenarios + "); declared equivalent: none (no"
                + " equivalent-mutants.txt found, so every mutant no scenario notices counts against the score)");
        assertThat(r.stdoutLines().get(1)).startsWith("These are fewer than the ")
                .endsWith(" scenarios the built-in rules are scored with, so fewer mutants are noticed and the score is lower:"
                        + " rules init copies them into scenarios/built-in-tests/.");

        Files.writeString(scenarios.resolve("equivalent-mutants.txt"),
                "test.long: drop the constraint \"days != null\" | days >= 14 is false for an unknown number of days too\n");
        CliProcess.Result again = Cli.run(null, "rules", "mutate", scenarios.toString(), "--rules", rules.toString(), "--threads", "1");
        assertThat(again.stdoutLines().get(0)).endsWith("; declared equivalent: 1 in " + scenarios.resolve("equivalent-mutants.txt"));
    }
}
