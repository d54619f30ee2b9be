package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.engine.json.KnotwiseJson;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code knotwise consult} driven through a stdin script: answers, why, back, stop, save, answers from a case. */
class ConsultCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String script, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)));
        try {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = KnotwiseCommand.commandLine(System.in).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                    .execute(args);
            return new Run(exit, out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    /** The number of a region in the where-it-hurts list (the knowledge base's order). */
    private static int regionNumber(String region) {
        return org.knotwise.kb.Vocabulary.REGIONS.indexOf(region) + 1;
    }

    @Test
    void whyBackAndStopWorkAndTheAdviceSoFarIsShown() {
        String script = String.join("\n", "" + regionNumber("calf"), // where it hurts
                "?",            // why the red-flag question
                "0",            // no red flags
                "b",            // back to the red flags
                "0",            // again: none
                "q") + "\n";     // stop
        Run r = run(script, "consult");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1. Where does it hurt?");
        assertThat(r.out()).contains("Why: These signs can mean something other than a muscle knot");
        assertThat(r.out()).contains("(back)");
        // the red-flag question twice (once again after going back), then the calf's onset question once
        assertThat(r.out().split("do any of these apply to you now", -1)).hasSize(3);
        // contract v3 §8.3: sudden calf pain can be a clot, so the onset comes next, "not sure" among its answers
        assertThat(r.out()).contains("3. Did the pain start suddenly, or come on gradually?", "I am not sure");
        assertThat(r.out()).contains("You stopped early: this advice is provisional");
        assertThat(r.out()).contains("calf");
    }

    @Test
    void theConsultationAsksItsQuestionsInSpanish() {
        String script = String.join("\n", "" + regionNumber("calf"), "?", "0", "q") + "\n";
        Run r = run(script, "consult", "--lang", "es");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("1. ¿Dónde le duele? (elija todos los sitios que duelan)", "la pantorrilla",
                "Antes de nada, ¿le ocurre ahora alguna de estas cosas?", "Dolor, presión u opresión en el pecho",
                "Estos signos pueden indicar algo distinto de un nudo muscular",
                "3. ¿El dolor empezó de repente o fue apareciendo poco a poco?", "No estoy seguro");
        assertThat(r.out()).contains("Consulta de Knotwise", "Por qué: Estos signos", "Ha terminado antes de tiempo",
                "Valoración de Knotwise");
        assertThat(r.out()).doesNotContain("Where does it hurt?", "do any of these apply to you now",
                "Chest pain, pressure or tightness", "Did the pain start suddenly", "I am not sure", "Why:",
                "Answer with a number", "Numbers separated by commas", "You stopped early");
    }

    @Test
    void aRedFlagEndsTheDialogueWithTheUrgentAdvice() {
        Run r = run(regionNumber("low-back") + "\n1\n", "consult");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("STOP: you reported a warning sign");
        assertThat(r.out()).doesNotContain("3. ");
    }

    @Test
    void aWrongAnswerIsAskedAgainAndTheFinishedCaseIsSaved() throws Exception {
        Path saved = dir.resolve("case.json");
        // calf; no red flags; onset gradually; swelling not sure; age 40; the cautions' checklist: "9" is no
        // line, "1,1" the same line twice is once: blood thinners; then stop
        Run r = run(regionNumber("calf") + "\n0\n2\n3\n40\n9\n1,1\nq\n", "consult", "--save", saved.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Please answer with a number from 1 to 2");
        JsonNode c = KnotwiseJson.parse(Files.readString(saved));
        assertThat(c.path("complaint").path("regions").get(0).asText()).isEqualTo("calf");
        assertThat(c.path("complaint").path("onset").asText()).isEqualTo("gradual");
        assertThat(c.path("complaint").has("swelling")).as("'not sure' leaves it unknown (CLOT_CHECK)").isFalse();
        assertThat(c.path("person").path("age").asInt()).isEqualTo(40);
        assertThat(c.path("person").path("anticoagulants").asBoolean(false)).isTrue();
        assertThat(c.path("person").path("pregnant").asBoolean(true)).as("an unchosen line: no").isFalse();
        assertThat(run("", "assess", saved.toString()).exit()).isZero();
    }

    @Test
    void answersFromACasePrintTheQuestionsAskedAndTheFullCasesAssessment() throws Exception {
        Path full = dir.resolve("full.json");
        String json = "{\"id\": \"w\", \"complaint\": {\"regions\": [\"wrist-back\"], \"side\": \"right\", \"severity\": 5},"
                + " \"redFlags\": [], \"spots\": [{\"region\": \"forearm-back\", \"tender\": true, \"goodPain\": true, \"relevant\": true}],"
                + " \"history\": {\"method\": \"hold\", \"intensity\": 9, \"days\": 10, \"outcome\": \"same\"}}";
        Files.writeString(full, json);
        Run r = run("", "consult", "--answers-from", full.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode line = KnotwiseJson.parse(r.out().strip());
        assertThat(line.path("asked").get(0).asText()).isEqualTo("complaint.regions");
        assertThat(line.path("asked").get(1).asText()).isEqualTo("redFlags");
        assertThat(line.path("asked").toString()).doesNotContain("complaint.side");
        assertThat(line.path("questions").asInt()).as("a checklist is one question for several fields")
                .isPositive().isLessThan(line.path("asked").size());
        JsonNode expected = KnotwiseJson.parse(KnotwiseJson.write(org.knotwise.engine.Knotwise.builtIn()
                .assess(KnotwiseJson.readCase(json))));
        JsonNode got = line.path("assessment");
        for (String field : new String[]{"selfCare", "candidateSites", "excludedSpots", "technique", "adjustments",
                "failureReasons", "professional", "expectations", "tips", "cautions"}) {
            assertThat(got.path(field)).as(field).isEqualTo(expected.path(field));
        }
    }

    @Test
    void draftRulesRunInAConsultationOnlyWithDrafts() throws Exception {
        Path rules = dir.resolve("drafted");
        assertThat(run("", "rules", "init", rules.toString()).exit()).isZero();
        Files.writeString(rules.resolve("zz-draft.drl"), """
                package org.knotwise.rules;
                import org.knotwise.engine.facts.*;

                rule "A tip still in draft"
                    @id("draft.tip") @source("§ test") @because("a rule under review") @status("draft")
                    ruleflow-group "plan"
                when
                    Plan()
                then
                    insert(new Tip("A tip still in draft."));
                end
                """);
        Path full = dir.resolve("full.json");
        Files.writeString(full, "{\"id\": \"d\", \"complaint\": {\"regions\": [\"calf\"]}, \"redFlags\": []}");

        Run off = run("", "consult", "--rules", rules.toString(), "--answers-from", full.toString());
        Run on = run("", "consult", "--rules", rules.toString(), "--drafts", "--answers-from", full.toString());

        assertThat(off.exit()).as(off.err()).isZero();
        assertThat(on.exit()).as(on.err()).isZero();
        assertThat(off.out()).doesNotContain("A tip still in draft.").doesNotContain("\"drafts\"");
        assertThat(on.out()).contains("A tip still in draft.", "\"drafts\":true");
    }

    @Test
    void rulesInitCopiesTheQuestionsAndValidateNamesAMissingOnesFileAndLine() throws Exception {
        Path rules = dir.resolve("my-rules");
        assertThat(run("", "rules", "init", rules.toString()).exit()).isZero();
        Path questions = rules.resolve("questions.yaml");
        assertThat(questions).exists();
        String text = Files.readString(questions);
        int start = text.indexOf("- field: history.tool");
        Files.writeString(questions, text.substring(0, start) + text.substring(text.indexOf("- field:", start + 1)));

        Run validate = run("", "rules", "validate", "--rules", rules.toString());
        String out = validate.out();
        assertThat(validate.exit()).as(out).isEqualTo(ExitCodes.FAILED);
        assertThat(out).containsPattern(java.util.regex.Pattern.quote(questions.toString()) + ":\\d+: error: no question for the askable field history.tool");
    }
}
