package org.knotwise.engine.rulebase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.engine.Explain;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.kb.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rules folder's message files are checked like its rules: a language that lacks a key, a key no rule
 * uses, a key whose placeholders differ from English are errors naming the file, the line and the key,
 * and a folder with any of them does not load. A folder that checks answers in each of its languages.
 */
class MessageFilesCheckTest {

    private static final String RULES = """
            package org.knotwise.test;

            import org.knotwise.engine.facts.*;
            import org.knotwise.engine.text.Text;

            rule "Too hard"
                @id("test.too-hard")
                @source("§ test")
                ruleflow-group "history"
            when
                MassageHistory(intensity != null, intensity > 7)
            then
                insert(Caution.of("TEST_CAUTION", "a source"));
                insert(new ProfessionalAdvice("NO_PROGRESS", "routine", Text.of("professional.test", "site", Text.region("calf"))));
            end
            """;

    private static final String EN = """
            # status: reviewed
            caution.TEST_CAUTION=Press more gently.
            professional.test=At {site}, gently.
            because.test.too-hard=it is too hard
            region.calf=calf
            """;

    private static final String ES = """
            # status: draft
            caution.TEST_CAUTION=Presione con más suavidad.
            professional.test=En {site}, con suavidad.
            because.test.too-hard=es demasiado fuerte
            region.calf=la pantorrilla
            """;

    private static final String CASE = """
            {"id":"t1","complaint":{"regions":["calf"]},"history":{"intensity":9}}""";

    @TempDir
    Path dir;

    private Path folder(String en, String es) throws IOException {
        Files.writeString(dir.resolve("test.drl"), RULES);
        Files.createDirectories(dir.resolve("messages"));
        Files.writeString(dir.resolve("messages/en.properties"), en);
        if (es != null) {
            Files.writeString(dir.resolve("messages/es.properties"), es);
        }
        return dir;
    }

    private static List<String> errors(Path folder) {
        return RuleBase.check(folder).stream().filter(Problem::isError).map(Problem::toString).toList();
    }

    @Test
    void aFolderWithCompleteMessagesChecksAndAnswersInEachLanguage() throws IOException {
        Path f = folder(EN, ES);
        assertThat(errors(f)).isEmpty();
        Knotwise engine = Knotwise.withRules(f);
        assertThat(engine.languages()).containsExactly("en", "es");
        Assessment en = engine.assess(KnotwiseJson.readCase(CASE), Explain.FULL);
        Assessment es = engine.inLanguage("es").assess(KnotwiseJson.readCase(CASE), Explain.FULL);
        assertThat(en.language()).isNull();
        assertThat(en.cautions().get(0).message()).isEqualTo("Press more gently.");
        assertThat(en.professional().advice()).containsExactly("At calf, gently.");
        assertThat(es.language()).isEqualTo("es");
        assertThat(es.cautions().get(0).message()).isEqualTo("Presione con más suavidad.");
        assertThat(es.professional().advice()).containsExactly("En la pantorrilla, con suavidad.");
        assertThat(es.ruleBase().languages()).containsEntry("en", "reviewed").containsEntry("es", "draft");
        assertThat(es.explanation().get(0).because()).startsWith("es demasiado fuerte");
        assertThat(KnotwiseJson.write(en, Explain.FULL)).doesNotContain("\"language\"", "\"languages\"");
    }

    @Test
    void aMissingKeyIsAnErrorNamingFileLineAndKey() throws IOException {
        Path f = folder(EN, ES.replace("professional.test=En {site}, con suavidad.\n", ""));
        assertThat(errors(f)).containsExactly(
                "messages/es.properties:3: error: 'professional.test' is missing (messages/en.properties has it at line 3)");
        assertThatThrownBy(() -> Knotwise.withRules(f)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("'professional.test' is missing");
    }

    @Test
    void aKeyNoRuleUsesIsAnError() throws IOException {
        Path f = folder(EN + "failure.NEVER_CONCLUDED=Nobody says this.\n", ES);
        assertThat(errors(f)).containsExactly(
                "messages/en.properties:6: error: 'failure.NEVER_CONCLUDED' is used by no rule or page");
    }

    @Test
    void changedPlaceholdersAreAnError() throws IOException {
        Path f = folder(EN, ES.replace("En {site}, con suavidad.", "En {sitio}, con suavidad."));
        assertThat(errors(f)).containsExactly("messages/es.properties:3: error: 'professional.test' has placeholders {sitio}"
                + " but messages/en.properties:3 has {site}");
    }

    @Test
    void anUnknownLanguageIsRefusedNamingTheAvailableOnes() throws IOException {
        Knotwise engine = Knotwise.withRules(folder(EN, ES));
        assertThatThrownBy(() -> engine.inLanguage("fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fr'").hasMessageContaining("[en, es]");
    }
}
