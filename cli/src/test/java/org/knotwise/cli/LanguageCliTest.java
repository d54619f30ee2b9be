package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.engine.json.KnotwiseJson;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --lang}: assess, batch and consult answer in the language asked for, the same advice as in English. */
class LanguageCliTest {
    private static final String WRIST = "{\"id\":\"w\",\"complaint\":{\"regions\":[\"wrist-back\"]},\"spots\":["
            + "{\"region\":\"forearm-back\",\"tender\":true,\"goodPain\":true,\"relevant\":true}],"
            + "\"history\":{\"intensity\":9,\"days\":3,\"outcome\":\"same\",\"lightPressure\":false}}";

    private static JsonNode json(String text) throws Exception {
        return KnotwiseJson.mapper().readTree(text);
    }

    @Test
    void assessInSpanishGivesTheSameAdviceInSpanish() throws Exception {
        CliProcess.Result en = Cli.run(WRIST, "assess", "-", "--format", "json");
        CliProcess.Result es = Cli.run(WRIST, "assess", "-", "--format", "json", "--lang", "es");
        assertThat(es.exitCode()).as(es.stderr()).isZero();
        JsonNode e = json(en.stdout());
        JsonNode s = json(es.stdout());
        assertThat(e.has("language")).as("English unasked: no language field").isFalse();
        assertThat(e.path("ruleBase").has("languages")).isFalse();
        assertThat(s.path("language").asText()).isEqualTo("es");
        assertThat(s.path("ruleBase").path("languages").toString())
                .isEqualTo("{\"de\":\"draft\",\"en\":\"reviewed\",\"es\":\"draft\"}");
        assertThat(s.path("adjustments").findValuesAsText("code")).isEqualTo(e.path("adjustments").findValuesAsText("code"))
                .contains("REDUCE_INTENSITY");
        assertThat(s.path("adjustments").findValuesAsText("message"))
                .contains("Presione con más suavidad: busque un 4 a 7 sobre 10, una presión agradable pero fácil de tolerar.");
        assertThat(s.path("candidateSites").findValuesAsText("region"))
                .isEqualTo(e.path("candidateSites").findValuesAsText("region"));
    }

    @Test
    void theTextReportInSpanishHasSpanishHeadings() throws Exception {
        CliProcess.Result en = Cli.run(WRIST, "assess", "-", "--explain");
        CliProcess.Result es = Cli.run(WRIST, "assess", "-", "--explain", "--lang", "es");
        assertThat(es.exitCode()).as(es.stderr()).isZero();
        assertThat(en.stdout()).contains("Knotwise assessment: w", "Where to look, best first", "How to rub",
                "Adjust what you do", "How this was reached");
        assertThat(es.stdout()).contains("Valoración de Knotwise: w", "Automasaje: sí, merece la pena probarlo.",
                "Dónde buscar, de mejor a peor", "Cómo masajear", "Qué cambiar en lo que hace", "Cómo se llegó a esto",
                "Intensidad:", "Frecuencia:", "el antebrazo")
                .doesNotContain("Knotwise assessment", "Self-massage", "Where to look", "How to rub", "How hard",
                        "How often", "Adjust what you do", "What to expect", "How this was reached", "confidence");
    }

    @Test
    void batchInGermanAnswersEveryLineInGerman() throws Exception {
        CliProcess.Result r = Cli.run(WRIST + "\n" + WRIST.replace("\"w\"", "\"w2\"") + "\n", "batch", "-", "--lang", "de");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        List<String> lines = r.stdoutLines();
        assertThat(lines).hasSize(2);
        for (String line : lines) {
            assertThat(json(line).path("language").asText()).isEqualTo("de");
            assertThat(json(line).path("adjustments").findValuesAsText("message"))
                    .contains("Drücken Sie sanfter: Zielen Sie auf 4 bis 7 von 10, wohltuend, aber gut auszuhalten.");
        }
    }

    @Test
    void aKeyMissingFromALanguageFailsValidationWithFileLineAndKey(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("my-rules");
        assertThat(Cli.run(null, "rules", "init", rules.toString()).exitCode()).isZero();
        Path es = rules.resolve("messages/es.properties");
        Path en = rules.resolve("messages/en.properties");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(es));
        lines.removeIf(l -> l.startsWith("adjustment.MORE_OFTEN="));
        Files.write(es, lines);
        int englishLine = Files.readAllLines(en).indexOf(Files.readAllLines(en).stream()
                .filter(l -> l.startsWith("adjustment.MORE_OFTEN=")).findFirst().orElseThrow()) + 1;

        CliProcess.Result r = Cli.run(null, "rules", "validate", "--rules", rules.toString());
        assertThat(r.exitCode()).as(r.stdout()).isEqualTo(1);
        assertThat(r.stdout()).contains(es + ":" + englishLine + ": error: 'adjustment.MORE_OFTEN' is missing");
        CliProcess.Result assess = Cli.run(WRIST, "assess", "-", "--rules", rules.toString());
        assertThat(assess.exitCode()).as("the rule base does not load").isEqualTo(1);
    }

    @Test
    void anUnknownLanguageIsAUsageErrorListingTheAvailableOnes() {
        CliProcess.Result r = Cli.run(WRIST, "assess", "-", "--lang", "fr");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.stderr()).contains("--lang fr", "available: en, de, es");
    }

    @Test
    void consultAnswersInTheLanguageAskedFor(@TempDir Path dir) throws Exception {
        Path full = dir.resolve("full.json");
        Files.writeString(full, WRIST);
        CliProcess.Result r = Cli.run(null, "consult", "--answers-from", full.toString(), "--lang", "es");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        JsonNode assessment = json(r.stdout().strip()).path("assessment");
        assertThat(assessment.path("language").asText()).isEqualTo("es");
        assertThat(assessment.path("adjustments").findValuesAsText("message"))
                .contains("Presione con más suavidad: busque un 4 a 7 sobre 10, una presión agradable pero fácil de tolerar.");
    }
}
