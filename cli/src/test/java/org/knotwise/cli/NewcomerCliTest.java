package org.knotwise.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a new user tripped over in the command line (newcomer review P5, P7, P9–P12), in-process. */
class NewcomerCliTest {
    private static final String CASE_A = "{\"id\":\"a\",\"complaint\":{\"regions\":[\"calf\"]}}";
    private static final String CASE_B = "{\"id\":\"b\",\"complaint\":{\"regions\":[\"heel\"]}}";

    @TempDir
    Path dir;

    @Test
    void prettyPrintedCasesInABatchGetOneHintToPutEachCaseOnOneLine() throws Exception {
        String pretty = "{\n  \"id\": \"a\",\n  \"complaint\": {\"regions\": [\"calf\"]}\n}\n";
        CliProcess.Result r = Cli.run(pretty + pretty.replace("\"a\"", "\"b\""), "batch", "-");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stdoutLines()).hasSize(8).allSatisfy(l -> assertThat(l).contains("one case per line"));
        assertThat(r.stderr()).contains("8 line(s) looked like parts of cases", "jq -c");
        assertThat(r.stderr().split("looked like parts", -1)).hasSize(2);
    }

    @Test
    void assessGivenTwoCasesOrAnArraySaysToUseBatch() {
        CliProcess.Result two = Cli.run(CASE_A + "\n" + CASE_B + "\n", "assess", "-");
        assertThat(two.exitCode()).isEqualTo(1);
        assertThat(two.stderr()).contains("assess takes one case", "knotwise batch").doesNotContain("Trailing token", "JsonNode");

        CliProcess.Result array = Cli.run("[" + CASE_A + "," + CASE_B + "]", "assess", "-");
        assertThat(array.exitCode()).isEqualTo(1);
        assertThat(array.stderr()).contains("JSON array", "knotwise batch");
    }

    @Test
    void aJsonSyntaxErrorInACaseFileNamesLineAndColumn() throws Exception {
        Path c = Files.writeString(dir.resolve("c5.json"), "{\n  \"id\": \"c5\",\n  \"complaint\": {\"regions\": [\"calf\"]},\n}\n");
        CliProcess.Result r = Cli.run(null, "assess", c.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.stderr()).contains("MALFORMED_JSON", "at line 4, column 1");
    }

    @Test
    void aBlankLastLineIsNotACaseAndFailsNothing() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), CASE_A + "\n" + CASE_B + "\n\n");
        CliProcess.Result r = Cli.run(null, "batch", in.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdoutLines()).hasSize(2);
    }

    @Test
    void theOutputCannotBeTheInput() throws Exception {
        Path in = Files.writeString(dir.resolve("x.jsonl"), CASE_A + "\n");
        CliProcess.Result r = Cli.run(null, "batch", in.toString(), "--output", dir.resolve("./x.jsonl").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).contains("is the input file");
        assertThat(Files.readString(in)).isEqualTo(CASE_A + "\n");
    }

    @Test
    void aFolderGivenAsInputIsNamed() throws Exception {
        CliProcess.Result r = Cli.run(null, "batch", dir.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.IO);
        assertThat(r.stderr()).contains(dir + ": is a directory, give a .jsonl file");
    }

    @Test
    void versionNamesTheCommandTheRulesAndDroolsOnEveryCommand() {
        for (String[] args : List.of(new String[]{"-V"}, new String[]{"assess", "-V"}, new String[]{"rules", "validate", "-V"})) {
            CliProcess.Result r = Cli.run(null, args);
            assertThat(r.exitCode()).isZero();
            assertThat(r.stdout()).as(String.join(" ", args))
                    .containsPattern("knotwise \\d+\\.\\d+\\.\\d+").contains("knotwise-rules", "Drools 10.")
                    .doesNotContain("development", "unknown");
        }
    }

    @Test
    void everyCommandsSummaryInTheHelpIsAWholeSentence() {
        List<String> firstLines = new ArrayList<>();
        collect(KnotwiseCommand.commandLine(System.in), firstLines);
        assertThat(firstLines).hasSizeGreaterThan(8).allSatisfy(l -> assertThat(l).endsWith("."));
    }

    private static void collect(CommandLine cl, List<String> firstLines) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandName().equals("help")) {
                continue;
            }
            String[] description = sub.getCommandSpec().usageMessage().description();
            firstLines.add(sub.getCommandName() + ": " + description[0]);
            collect(sub, firstLines);
        }
    }
}
