package org.knotwise.service.cds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knotwise.service.auth.Authenticator;
import org.knotwise.service.http.Json;
import org.knotwise.service.rules.RuleBaseLoader;
import org.knotwise.service.store.JdbcStore;
import org.knotwise.service.support.ApiClient.Answer;
import org.knotwise.service.support.Cases;
import org.knotwise.service.support.TestService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CdsHooksTest {
    @TempDir
    static Path tmp;
    static JdbcStore store;
    static TestService s;

    @BeforeAll
    static void start() throws Exception {
        store = JdbcStore.open("jdbc:sqlite:" + tmp.resolve("cds.db"));
        s = TestService.start(TestService.config().withDb("unused", true), Authenticator.NONE, store, null,
                RuleBaseLoader.PLAIN);
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
        store.close();
    }

    static String painReport(String caseJson) {
        return "{\"hook\":\"" + CdsEndpoints.PAIN_REPORT_HOOK + "\",\"hookInstance\":\"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\","
                + "\"context\":{\"userId\":\"Practitioner/1\",\"patientId\":\"p1\",\"case\":" + caseJson + "}}";
    }

    static JsonNode cards(String caseJson) {
        Answer a = s.client.post("/cds-services/" + CdsEndpoints.PAIN_REPORT_ID, painReport(caseJson));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json().path("cards");
    }

    static List<String> indicators(JsonNode cards) {
        List<String> out = new ArrayList<>();
        cards.forEach(c -> out.add(c.path("indicator").asText()));
        return out;
    }

    @Test
    void discoveryListsBothServicesWithThePrefetchTemplate() {
        Answer a = s.client.get("/cds-services");
        assertThat(a.status()).isEqualTo(200);
        JsonNode services = a.json().path("services");
        assertThat(services.size()).isEqualTo(2);
        JsonNode pv = services.get(0);
        assertThat(pv.path("hook").asText()).isEqualTo("patient-view");
        assertThat(pv.path("id").asText()).isEqualTo(CdsEndpoints.PATIENT_VIEW_ID);
        assertThat(pv.path("prefetch").path(CdsEndpoints.PREFETCH_KEY).asText())
                .startsWith("QuestionnaireResponse?").contains("{{context.patientId}}");
        assertThat(services.get(1).path("hook").asText()).isEqualTo("org.knotwise.pain-report-submit");
    }

    @Test
    void aRedFlagGivesACriticalCardAndNoPlan() {
        JsonNode cards = cards(Cases.RED_FLAG);
        assertThat(indicators(cards)).containsExactly("critical");
        JsonNode c = cards.get(0);
        assertThat(c.path("summary").asText()).startsWith("See a doctor today").hasSizeLessThan(140);
        assertThat(c.path("detail").asText()).contains("**");
        assertThat(c.path("source").path("label").asText()).contains("Self-Massage");
        assertThat(c.path("source").path("url").asText()).startsWith("https://");
        assertThat(c.path("overrideReasons").size()).isEqualTo(2);
    }

    @Test
    void aRoutineProfessionalReasonGivesAWarningBesideThePlan() {
        JsonNode cards = cards(Cases.NO_PROGRESS);
        assertThat(indicators(cards)).startsWith("warning").contains("info");
        assertThat(cards.get(0).path("summary").asText()).startsWith("See a professional within weeks")
                .contains("no progress");
    }

    @Test
    void correctionsAreAWarningAndThePlanIsInfo() {
        JsonNode cards = cards(Cases.WRIST);
        assertThat(indicators(cards)).containsExactly("warning", "info");
        assertThat(cards.get(0).path("summary").asText()).contains("correction");
        assertThat(cards.get(0).path("detail").asText()).contains("- **Change:**");
        JsonNode plan = cards.get(1);
        assertThat(plan.path("summary").asText()).startsWith("Self-massage plan: start at forearm-back").hasSizeLessThan(140);
        assertThat(plan.path("detail").asText()).contains("**Where to look**").contains("**How:**");
        assertThat(plan.path("source").path("label").asText()).contains("§");
    }

    @Test
    void aCaseErrorIs400NamingTheFieldInsideTheContext() {
        Answer a = s.client.post("/cds-services/" + CdsEndpoints.PAIN_REPORT_ID,
                painReport("{\"id\":\"bad\",\"complaint\":{\"regions\":[\"nowhere\"]}}"));
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("error").path("code").asText()).isEqualTo("UNKNOWN_REGION");
        assertThat(a.json().path("error").path("field").asText()).isEqualTo("context.case.complaint.regions[0]");
    }

    @Test
    void badJsonAndAMissingHookInstanceAre400() {
        Answer bad = s.client.post("/cds-services/" + CdsEndpoints.PAIN_REPORT_ID, "{\"hook\":");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("error").path("code").asText()).isEqualTo("MALFORMED_JSON");
        Answer missing = s.client.post("/cds-services/" + CdsEndpoints.PAIN_REPORT_ID,
                "{\"hook\":\"" + CdsEndpoints.PAIN_REPORT_HOOK + "\",\"context\":{}}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("error").path("field").asText()).isEqualTo("hookInstance");
    }

    @Test
    void anUnknownServiceIs404() {
        Answer a = s.client.post("/cds-services/nope", painReport(Cases.WRIST));
        assertThat(a.status()).isEqualTo(404);
    }

    static String patientView(String prefetch) {
        return "{\"hook\":\"patient-view\",\"hookInstance\":\"h-2\",\"context\":{\"userId\":\"Practitioner/1\","
                + "\"patientId\":\"p1\"}" + (prefetch == null ? "" : ",\"prefetch\":{\"painIntake\":" + prefetch + "}") + "}";
    }

    static ObjectNode answer(ArrayNode items, String linkId, String kind, Object value) {
        ObjectNode item = items.addObject().put("linkId", linkId);
        ObjectNode a = item.putArray("answer").addObject();
        switch (kind) {
            case "code" -> a.putObject("valueCoding").put("code", (String) value);
            case "int" -> a.put("valueInteger", (Integer) value);
            case "bool" -> a.put("valueBoolean", (Boolean) value);
            default -> a.put("valueString", value.toString());
        }
        return item;
    }

    static ObjectNode questionnaireResponse(boolean spotTenderAsString) {
        ObjectNode qr = Json.object().put("resourceType", "QuestionnaireResponse").put("id", "qr-7")
                .put("questionnaire", IntakeQuestionnaire.URL).put("status", "completed").put("authored", "2025-06-01T10:00:00Z");
        ArrayNode items = qr.putArray("item");
        ObjectNode complaint = items.addObject().put("linkId", "complaint");
        ArrayNode c = complaint.putArray("item");
        answer(c, "complaint.regions", "code", "shoulder-top");
        answer(c, "complaint.severity", "int", 4);
        ObjectNode spot = items.addObject().put("linkId", "spots");
        ArrayNode sp = spot.putArray("item");
        answer(sp, "spots[].region", "code", "shoulder-top");
        if (spotTenderAsString) {
            answer(sp, "spots[].tender", "string", "yes");
        } else {
            answer(sp, "spots[].tender", "bool", true);
        }
        answer(sp, "spots[].goodPain", "bool", true);
        answer(sp, "spots[].relevant", "bool", true);
        return qr;
    }

    @Test
    void patientViewMapsTheLatestQuestionnaireResponseInTheBundle() {
        ObjectNode older = questionnaireResponse(false).put("authored", "2024-01-01T00:00:00Z").put("id", "qr-old");
        ((ObjectNode) older.path("item").get(0).path("item").get(0).path("answer").get(0).path("valueCoding"))
                .put("code", "calf");
        ObjectNode bundle = Json.object().put("resourceType", "Bundle").put("type", "searchset");
        ArrayNode entries = bundle.putArray("entry");
        entries.addObject().set("resource", older);
        entries.addObject().set("resource", questionnaireResponse(false));
        Answer a = s.client.post("/cds-services/" + CdsEndpoints.PATIENT_VIEW_ID, patientView(bundle.toString()));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode cards = a.json().path("cards");
        assertThat(indicators(cards)).contains("info");
        assertThat(cards.get(cards.size() - 1).path("summary").asText()).contains("shoulder-top");
    }

    @Test
    void anEmptyBundleGivesNoCards() {
        Answer a = s.client.post("/cds-services/" + CdsEndpoints.PATIENT_VIEW_ID,
                patientView("{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[]}"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("cards").size()).isZero();
    }

    @Test
    void aMissingPrefetchIs412() {
        Answer a = s.client.post("/cds-services/" + CdsEndpoints.PATIENT_VIEW_ID, patientView(null));
        assertThat(a.status()).isEqualTo(412);
        assertThat(a.json().path("error").path("code").asText()).isEqualTo("MISSING_PREFETCH");
    }

    @Test
    void aWrongAnswerNamesItsLinkId() {
        Answer a = s.client.post("/cds-services/" + CdsEndpoints.PATIENT_VIEW_ID,
                patientView(questionnaireResponse(true).toString()));
        assertThat(a.status()).isEqualTo(400);
        JsonNode error = a.json().path("error");
        assertThat(error.path("code").asText()).isEqualTo("WRONG_TYPE");
        assertThat(error.path("field").asText()).isEqualTo("spots[0].tender");
        assertThat(error.path("linkId").asText()).isEqualTo("spots[].tender");
    }

    @Test
    void theQuestionnaireLinkIdsAreTheContractsFieldPaths() {
        Answer a = s.client.get("/fhir/Questionnaire/" + IntakeQuestionnaire.ID);
        assertThat(a.status()).isEqualTo(200);
        JsonNode q = a.json();
        assertThat(q.path("resourceType").asText()).isEqualTo("Questionnaire");
        assertThat(q.path("url").asText()).isEqualTo(IntakeQuestionnaire.URL);
        List<String> linkIds = new ArrayList<>();
        q.path("item").forEach(i -> {
            linkIds.add(i.path("linkId").asText());
            i.path("item").forEach(c -> linkIds.add(c.path("linkId").asText()));
        });
        assertThat(linkIds).contains("complaint.regions", "spots[].tender", "history.intensity", "redFlags", "person.age");
    }

    @Test
    void feedbackIsStoredAndLinkedToTheCardsOfTheCaseServed() throws Exception {
        JsonNode cards = cards(Cases.WRIST.replace("wrist-1", "wrist-feedback"));
        String warning = cards.get(0).path("uuid").asText();
        String plan = cards.get(1).path("uuid").asText();
        String body = "{\"feedback\":[{\"card\":\"" + plan + "\",\"outcome\":\"accepted\",\"outcomeTimestamp\":\"2025-06-01T10:00:00Z\"},"
                + "{\"card\":\"" + warning + "\",\"outcome\":\"overridden\",\"overrideReason\":{\"reason\":{\"code\":\"not-applicable\","
                + "\"system\":\"" + CardBuilder.OVERRIDE_SYSTEM + "\",\"display\":\"Does not apply\"},\"userComment\":\"seen by physio\"},"
                + "\"outcomeTimestamp\":\"2025-06-01T10:01:00Z\"}]}";
        Answer a = s.client.post("/cds-services/" + CdsEndpoints.PAIN_REPORT_ID + "/feedback", body);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("stored").asInt()).isEqualTo(2);

        List<org.knotwise.service.store.Store.ServedWithFeedback> served = new ArrayList<>();
        store.servedSince(null, served::add);
        var mine = served.stream().filter(x -> "wrist-feedback".equals(x.served().caseId())).findFirst().orElseThrow();
        assertThat(mine.served().cards()).hasSize(2);
        assertThat(mine.feedback()).extracting(org.knotwise.service.store.Store.Feedback::outcome)
                .containsExactlyInAnyOrder("accepted", "overridden");
    }

    @Test
    void badFeedbackNamesTheField() {
        Answer a = s.client.post("/cds-services/" + CdsEndpoints.PAIN_REPORT_ID + "/feedback",
                "{\"feedback\":[{\"card\":\"x\",\"outcome\":\"maybe\"}]}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("error").path("field").asText()).isEqualTo("feedback[0].outcome");
    }
}
