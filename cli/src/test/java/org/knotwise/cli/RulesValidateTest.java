package org.knotwise.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code rules init} and {@code rules validate} as a knowledge engineer runs them. */
class RulesValidateTest {

    @TempDir
    Path dir;
    Path rules;

    @BeforeEach
    void init() throws Exception {
        CliProcess.Result r = Cli.run(null, "rules", "init", dir.resolve("my-rules").toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        rules = dir.resolve("my-rules");
    }

    @Test
    void initCopiesEditableRulesAndDataThatValidateClean() throws Exception {
        assertThat(rules.resolve("how-hard.drl")).isRegularFile();
        assertThat(rules.resolve("kb/regions.csv")).isRegularFile();
        assertThat(rules.resolve("kb/referrals.csv")).isRegularFile();
        assertThat(rules.resolve("scenarios/examples.yaml")).isRegularFile();

        CliProcess.Result r = Cli.run(null, "rules", "validate", "--rules", dir.resolve("my-rules").toString());
        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
        // a fresh folder validates clean: the side of the pain is asked with "rules: []" (no rule reads it, on purpose)
        assertThat(r.stdoutLines()).last().asString().startsWith("0 errors, 0 warnings: ").endsWith("OK");
        assertThat(r.stdout()).doesNotContain(": warning:");

        CliProcess.Result again = Cli.run(null, "rules", "init", dir.resolve("my-rules").toString());
        assertThat(again.exitCode()).as("init never overwrites a folder silently").isEqualTo(2);
        assertThat(again.stderr()).contains("not empty", "--force");
    }

    @Test
    void initNamesTheFolderAndAnswersCarryItsNameVersionAndDigest() throws Exception {
        assertThat(Files.readString(rules.resolve("rulebase.properties"))).contains("name=my-rules", "version=1");
        Path c = Files.writeString(dir.resolve("case.json"), "{\"id\":\"n\",\"complaint\":{\"regions\":[\"calf\"]}}");

        CliProcess.Result mine = Cli.run(null, "assess", c.toString(), "--format", "json", "--rules", rules.toString());
        CliProcess.Result builtIn = Cli.run(null, "assess", c.toString(), "--format", "json");

        var mineRuleBase = org.knotwise.engine.json.KnotwiseJson.parse(mine.stdout()).get("ruleBase");
        var builtInRuleBase = org.knotwise.engine.json.KnotwiseJson.parse(builtIn.stdout()).get("ruleBase");
        assertThat(mineRuleBase.get("name").asText()).isEqualTo("my-rules");
        assertThat(mineRuleBase.get("version").asText()).isEqualTo("1");
        assertThat(builtInRuleBase.get("name").asText()).isEqualTo("knotwise");
        assertThat(builtInRuleBase.get("version").asText()).doesNotContain("${").isNotBlank();
        assertThat(mineRuleBase.get("digest").asText()).as("untouched copies of the built-in files")
                .isEqualTo(builtInRuleBase.get("digest").asText());
    }

    @Test
    void aQuestionsReasonQuotingAThresholdNoRuleUsesAnyMoreIsAWarning() throws Exception {
        // as if the rules had moved the top of the sweet spot to 6 and the reason still said 7: here the reason moved
        CliProcess.Result r = validateWithQuestionsReworded("a satisfying 4 to 7", "a satisfying 4 to 6");

        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
        assertThat(r.stdout()).contains(questionAt("history.intensity") + ": warning: history.intensity:"
                + " the reason quotes 6, which none of its rules (").contains(") uses any more");
        assertThat(r.stdout()).doesNotContain("the reason quotes 4,");
    }

    @Test
    void aQuestionRewordedOnlyInTheQuestionsFileIsAWarningNamingTheMessageToEdit() throws Exception {
        // the consultation shows messages/en.properties' words: rewording the questions file alone changes nothing
        CliProcess.Result r = validateWithQuestionsReworded("Where does it hurt?", "Where is the pain?");

        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
        assertThat(r.stdout()).contains(questionAt("complaint.regions") + ": warning: complaint.regions:"
                + " question.complaint.regions.text here says \"Where is the pain?").contains("messages/en.properties: reword it there");
    }

    @Test
    void aRuleWithoutEndIsReportedFirstAndTheQuestionsNamingItsFileAreNotBlamed() throws Exception {
        Path file = rules.resolve("when-to-see-a-professional.drl");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        int rule = indexOf(lines, "rule \"");
        int end = rule + lines.subList(rule, lines.size()).indexOf("end");
        lines.remove(end);
        Files.write(file, lines);

        CliProcess.Result r = Cli.run(null, "rules", "validate", "--rules", rules.toString());

        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isEqualTo(1);
        assertThat(r.stdoutLines().get(0)).startsWith(file + ":" + (rule + 1) + ": error: " + lines.get(rule).strip() + " has no \"end\"");
        assertThat(r.stdout()).as("the questions name rules of the file that did not parse: they still exist")
                .doesNotContain("no rule has the id");
    }

    @Test
    void everyKindOfErrorIsReportedWithFileAndLineAndNothingLoads() throws Exception {
        // A syntax error: a condition left without its closing parenthesis.
        Path howHard = rules.resolve("how-hard.drl");
        List<String> lines = Files.readAllLines(howHard);
        int open = indexOf(lines, "MassageHistory(intensity != null, intensity > 7)");
        lines.set(open, lines.get(open).replace("intensity > 7)", "intensity > 7"));
        Files.write(howHard, lines);
        int syntaxLine = open + 2; // the parser stops at the next line, "then": an unclosed bracket is reported there

        String extra = """
                package org.knotwise.rules;
                import org.knotwise.engine.facts.*;

                rule "No id"
                    @source("§ test")
                    ruleflow-group "history"
                when
                    MassageHistory()
                then
                end

                rule "No source"
                    @id("extra.no-source")
                    ruleflow-group "history"
                when
                    MassageHistory()
                then
                end

                rule "Same id twice"
                    @id("extra.no-source")
                    @source("§ test")
                    ruleflow-group "history"
                when
                    MassageHistory()
                then
                end

                rule "A field that does not exist"
                    @id("extra.typo")
                    @source("§ test")
                    ruleflow-group "history"
                when
                    MassageHistory(dayz > 3)
                then
                end

                rule "A phase the engine never runs"
                    @id("extra.wrong-phase")
                    @source("§ test")
                    ruleflow-group "histroy"
                when
                    MassageHistory()
                then
                end
                """;
        Files.writeString(rules.resolve("extra.drl"), extra);
        List<String> extraLines = extra.lines().toList();

        Path referrals = rules.resolve("kb/referrals.csv");
        List<String> kept = Files.readAllLines(referrals).stream().filter(l -> !l.startsWith("top-of-foot,")).toList();
        Files.write(referrals, kept); // no row left for pain on the top of the foot: a warning
        int rows = kept.size();
        Files.writeString(referrals, "ankle,tibialis posterior,shinn,Travell & Simons vol. 2\nankle,soleus,calf,\n",
                java.nio.file.StandardOpenOption.APPEND);

        CliProcess.Result r = Cli.run(null, "rules", "validate", "--rules", dir.resolve("my-rules").toString());

        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isEqualTo(1);
        String out = r.stdout();
        Path shown = rules;
        assertThat(out).contains(
                shown.resolve("how-hard.drl") + ":" + syntaxLine + ": error: ",
                shown.resolve("extra.drl") + ":" + line(extraLines, "rule \"No id\"") + ": error: rule \"No id\" has no @id",
                shown.resolve("extra.drl") + ":" + line(extraLines, "rule \"No source\"") + ": error: rule \"No source\" has no @source",
                shown.resolve("extra.drl") + ":" + line(extraLines, "rule \"Same id twice\"") + ": error: rule \"Same id twice\": @id(\"extra.no-source\") is already used at extra.drl:"
                        + line(extraLines, "rule \"No source\""),
                shown.resolve("extra.drl") + ":" + line(extraLines, "MassageHistory(dayz > 3)") + ": error: ",
                shown.resolve("kb/referrals.csv") + ":" + (rows + 1) + ": error: unknown triggerRegion 'shinn'",
                shown.resolve("kb/referrals.csv") + ":" + (rows + 2) + ": error: no source",
                shown.resolve("extra.drl") + ":" + line(extraLines, "ruleflow-group \"histroy\"")
                        + ": error: rule \"A phase the engine never runs\" can never fire",
                shown.resolve("kb/referrals.csv") + ": warning: no referral row covers pain in region 'top-of-foot'");
        // two more warnings: muscles.csv names two muscles whose only map rows the test removed
        assertThat(r.stdoutLines()).last().asString().startsWith("8 errors, 3 warnings:");

        CliProcess.Result assess = Cli.run("{\"id\":\"x\",\"complaint\":{\"regions\":[\"calf\"]}}",
                "assess", "-", "--rules", dir.resolve("my-rules").toString());
        assertThat(assess.exitCode()).as("the engine never runs on a rule base that did not compile whole").isEqualTo(1);
        assertThat(assess.stdout()).isEmpty();
        assertThat(assess.stderr()).contains("the rules did not load, nothing was assessed");
    }

    @Test
    void theBuiltInRulesValidateToo() throws Exception {
        CliProcess.Result r = Cli.run(null, "rules", "validate");
        assertThat(r.exitCode()).as(r.stdout() + r.stderr()).isZero();
        assertThat(r.stdoutLines()).last().asString().contains("0 errors", "(built-in rules)");
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line contains " + text);
    }

    /** The 1-based line holding the text. */
    /** {@code rules validate} on the folder after one phrase of its questions file is replaced. */
    private CliProcess.Result validateWithQuestionsReworded(String phrase, String replacement) throws Exception {
        Path questions = rules.resolve("questions.yaml");
        Files.writeString(questions, Files.readString(questions).replace(phrase, replacement));
        return Cli.run(null, "rules", "validate", "--rules", rules.toString());
    }

    /** {@code FILE:LINE} of a field's question in the folder's questions file, as validate names it. */
    private String questionAt(String field) throws Exception {
        Path questions = rules.resolve("questions.yaml");
        return questions + ":" + line(Files.readAllLines(questions), "- field: " + field);
    }

    private static int line(List<String> lines, String text) {
        return indexOf(lines, text) + 1;
    }
}
