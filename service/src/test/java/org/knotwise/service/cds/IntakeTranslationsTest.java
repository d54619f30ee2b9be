package org.knotwise.service.cds;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake Questionnaire carries its Spanish and German words in FHIR's translation extension
 * ({@code _text}, {@code _title}, {@code _display}), its English texts unchanged.
 */
class IntakeTranslationsTest {
    private static final JsonNode Q = IntakeQuestionnaire.resource();

    /** The translation of an element's field into a language, or null. */
    private static String translation(JsonNode element, String field, String lang) {
        for (JsonNode ext : element.path("_" + field).path("extension")) {
            assertThat(ext.path("url").asText()).isEqualTo(Translations.EXTENSION);
            JsonNode parts = ext.path("extension");
            if (parts.get(0).path("url").asText().equals("lang") && parts.get(0).path("valueCode").asText().equals(lang)) {
                assertThat(parts.get(1).path("url").asText()).isEqualTo("content");
                return parts.get(1).path("valueString").asText();
            }
        }
        return null;
    }

    private static List<JsonNode> items() {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode top : Q.path("item")) {
            all.add(top);
            top.path("item").forEach(all::add);
        }
        return all;
    }

    private static JsonNode item(String linkId) {
        return items().stream().filter(i -> i.path("linkId").asText().equals(linkId)).findFirst().orElseThrow();
    }

    @Test
    void everyTextHasItsSpanishAndGermanWordsAndTheEnglishStays() {
        assertThat(Q.path("title").asText()).isEqualTo("Knotwise muscle pain intake");
        assertThat(translation(Q, "title", "es")).isEqualTo("Cuestionario de Knotwise sobre dolor muscular");
        JsonNode where = item("complaint.regions");
        assertThat(where.path("text").asText()).isEqualTo("Where does it hurt?");
        assertThat(translation(where, "text", "es")).isEqualTo("¿Dónde le duele?");
        assertThat(translation(where, "text", "de")).isEqualTo("Wo tut es weh?");
        for (JsonNode item : items()) {
            assertThat(translation(item, "text", "es")).as(item.path("linkId").asText()).isNotBlank()
                    .isNotEqualTo(item.path("text").asText());
            assertThat(translation(item, "text", "de")).as(item.path("linkId").asText()).isNotBlank();
        }
    }

    @Test
    void everyAnswerDisplayIsTranslatedWithTheWordsUsedElsewhere() {
        JsonNode calf = null;
        for (JsonNode option : item("complaint.regions").path("answerOption")) {
            if (option.path("valueCoding").path("code").asText().equals("calf")) {
                calf = option.path("valueCoding");
            }
        }
        assertThat(calf).isNotNull();
        assertThat(calf.path("display").asText()).isEqualTo("calf");
        assertThat(translation(calf, "display", "es")).isEqualTo("la pantorrilla");
        JsonNode chest = item("redFlags").path("answerOption").findValues("valueCoding").stream()
                .filter(c -> c.path("code").asText().equals("chest-pain")).findFirst().orElseThrow();
        assertThat(translation(chest, "display", "es")).isEqualTo("Dolor, presión u opresión en el pecho");
        for (JsonNode item : items()) {
            for (JsonNode option : item.path("answerOption")) {
                assertThat(translation(option.path("valueCoding"), "display", "de"))
                        .as(item.path("linkId").asText() + " " + option.path("valueCoding").path("code").asText()).isNotBlank();
            }
        }
    }
}
