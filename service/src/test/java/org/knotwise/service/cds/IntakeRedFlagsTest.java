package org.knotwise.service.cds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.session.CaseValidator;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Vocabulary;
import org.knotwise.service.http.Json;
import org.knotwise.workbench.consult.QuestionBook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake Questionnaire offers every red flag of the case format, version 3 (§4, §8.5), in the consultation's
 * words, and each answer comes back into the case as its code.
 */
class IntakeRedFlagsTest {
    private static final CaseValidator VALIDATOR = new CaseValidator(KnowledgeBase.builtIn());
    private static final List<String> NEW_IN_VERSION_THREE = List.of("shortness-of-breath", "fainting", "confusion",
            "stiff-neck", "vision-change", "vomiting", "blood-in-stool-vomit-or-urine", "rash");

    private static JsonNode redFlagsItem() {
        for (JsonNode item : IntakeQuestionnaire.resource().path("item")) {
            if (item.path("linkId").asText().equals("redFlags")) {
                return item;
            }
        }
        throw new AssertionError("no redFlags item");
    }

    /** The options offered, code to display, in the Questionnaire's order. */
    private static Map<String, String> offered() {
        Map<String, String> options = new LinkedHashMap<>();
        redFlagsItem().path("answerOption").forEach(o -> options.put(o.path("valueCoding").path("code").asText(),
                o.path("valueCoding").path("display").asText()));
        return options;
    }

    @Test
    void everyRedFlagOfTheContractIsOfferedInItsOrder() {
        assertThat(offered().keySet()).containsExactlyElementsOf(Vocabulary.RED_FLAGS).containsAll(NEW_IN_VERSION_THREE);
        assertThat(redFlagsItem().path("repeats").asBoolean()).isTrue();
        assertThat(IntakeQuestionnaire.resource().path("version").asText()).isEqualTo("3");
    }

    @Test
    void eachRedFlagIsShownInTheConsultationsWords() throws Exception {
        Map<String, String> consultation = new LinkedHashMap<>();
        for (JsonNode entry : new YAMLMapper().readTree(QuestionBook.builtInText())) {
            if (entry.path("field").asText().equals("redFlags")) {
                entry.path("choices").forEach(c -> consultation.put(c.path("value").asText(), c.path("label").asText()));
            }
        }
        assertThat(offered()).containsExactlyInAnyOrderEntriesOf(consultation);
    }

    @Test
    void bowelOrBladderChangeSaysItsNarrowMeaning() {
        assertThat(offered().get("bowel-or-bladder-change"))
                .contains("loss of control").contains("passing urine").contains("not diarrhoea");
    }

    private static ObjectNode responseWithRedFlags(List<String> codes) {
        ObjectNode qr = Json.object().put("resourceType", "QuestionnaireResponse").put("id", "qr-flags")
                .put("questionnaire", IntakeQuestionnaire.URL).put("status", "completed");
        ArrayNode items = qr.putArray("item");
        ObjectNode complaint = items.addObject().put("linkId", "complaint");
        complaint.putArray("item").addObject().put("linkId", "complaint.regions")
                .putArray("answer").addObject().putObject("valueCoding").put("code", "low-back");
        ArrayNode answers = items.addObject().put("linkId", "redFlags").putArray("answer");
        for (String code : codes) {
            answers.addObject().putObject("valueCoding").put("system", IntakeQuestionnaire.URL + "#redFlags")
                    .put("code", code).put("display", IntakeQuestionnaire.RED_FLAG_LABELS.get(code));
        }
        return qr;
    }

    private static Case read(ObjectNode response) {
        Case c = KnotwiseJson.readCase(QuestionnaireResponseMapper.toCase(response, "fallback"));
        VALIDATOR.validate(c);
        return c;
    }

    @ParameterizedTest
    @ValueSource(strings = {"shortness-of-breath", "fainting", "confusion", "stiff-neck", "vision-change", "vomiting",
            "blood-in-stool-vomit-or-urine", "rash"})
    void eachNewRedFlagComesBackIntoTheCase(String code) {
        Case c = read(responseWithRedFlags(List.of(code)));

        assertThat(c.id()).isEqualTo("qr-flags");
        assertThat(c.redFlags()).containsExactly(code);
        assertThat(c.complaint().regions()).containsExactly("low-back");
    }

    @Test
    void allTheRedFlagsTogetherComeBackInTheirOrder() {
        List<String> all = new ArrayList<>(IntakeQuestionnaire.RED_FLAGS);

        assertThat(read(responseWithRedFlags(all)).redFlags()).containsExactlyElementsOf(all);
    }
}
