package org.knotwise.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knotwise.service.cds.CdsEndpoints;
import org.knotwise.service.support.ApiClient.Answer;
import org.knotwise.service.support.Cases;
import org.knotwise.service.support.TestService;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answer's language over HTTP: {@code ?lang=}, else the best of {@code Accept-Language} (q-values, English
 * as the fallback), named in {@code Content-Language}; CDS Hooks cards in the same language.
 */
class LanguageApiTest {
    static TestService s;

    @BeforeAll
    static void start() throws Exception {
        s = TestService.start();
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    private static String adjustment(JsonNode assessment) {
        return assessment.path("adjustments").get(0).path("message").asText();
    }

    @Test
    void withoutALanguageTheAnswerIsEnglishWithoutLanguageFields() {
        Answer a = s.client.post("/v1/assess", Cases.WRIST);
        assertThat(a.header("Content-Language")).isEqualTo("en");
        assertThat(a.json().has("language")).isFalse();
        assertThat(a.json().path("ruleBase").has("languages")).isFalse();
    }

    @Test
    void langAsksForSpanish() {
        Answer en = s.client.post("/v1/assess", Cases.WRIST);
        Answer es = s.client.post("/v1/assess?lang=es", Cases.WRIST);
        assertThat(es.status()).isEqualTo(200);
        assertThat(es.header("Content-Language")).isEqualTo("es");
        assertThat(es.json().path("language").asText()).isEqualTo("es");
        assertThat(es.json().path("ruleBase").path("languages").path("es").asText()).isEqualTo("draft");
        assertThat(es.json().path("adjustments").findValuesAsText("code"))
                .isEqualTo(en.json().path("adjustments").findValuesAsText("code"));
        assertThat(adjustment(es.json())).isNotEqualTo(adjustment(en.json())).startsWith("Presione");
    }

    @Test
    void acceptLanguageIsHonouredWithItsWeights() {
        Answer de = s.client.post("/v1/assess", Cases.WRIST, "Accept-Language", "fr;q=1.0, de-AT;q=0.8, es;q=0.5, en;q=0.3");
        assertThat(de.header("Content-Language")).isEqualTo("de");
        assertThat(de.json().path("language").asText()).isEqualTo("de");
        Answer es = s.client.post("/v1/assess", Cases.WRIST, "Accept-Language", "de;q=0.2, es");
        assertThat(es.header("Content-Language")).isEqualTo("es");
        Answer none = s.client.post("/v1/assess", Cases.WRIST, "Accept-Language", "fr, it;q=0.9");
        assertThat(none.header("Content-Language")).as("none spoken: English").isEqualTo("en");
        assertThat(adjustment(none.json())).startsWith("Press more gently");
        Answer lang = s.client.post("/v1/assess?lang=es", Cases.WRIST, "Accept-Language", "de");
        assertThat(lang.header("Content-Language")).as("?lang= wins").isEqualTo("es");
    }

    @Test
    void theConsultationAsksItsQuestionsInSpanish() {
        Answer first = s.client.post("/v1/consult?lang=es", "{}");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Language")).isEqualTo("es");
        JsonNode where = first.json().path("question");
        assertThat(where.path("path").asText()).isEqualTo("complaint.regions");
        assertThat(where.path("text").asText()).isEqualTo("¿Dónde le duele? (elija todos los sitios que duelan)");
        assertThat(where.path("choices").findValuesAsText("label")).contains("la pantorrilla");

        String calf = "{\"case\": {\"complaint\": {\"regions\": [\"calf\"]}}, \"asked\": [\"complaint.regions\"]}";
        Answer en = s.client.post("/v1/consult", calf);
        Answer es = s.client.post("/v1/consult", calf, "Accept-Language", "es-ES, en;q=0.5");
        assertThat(en.header("Content-Language")).isEqualTo("en");
        assertThat(es.header("Content-Language")).isEqualTo("es");
        JsonNode q = es.json().path("question");
        assertThat(q.path("path").asText()).as("the same question as in English").isEqualTo(en.json().path("question").path("path").asText());
        assertThat(q.path("text").asText()).startsWith("Antes de nada, ¿le ocurre ahora");
        assertThat(q.path("reason").asText()).startsWith("Estos signos");
        assertThat(q.path("choices").findValuesAsText("label")).contains("Dolor, presión u opresión en el pecho")
                .doesNotContain("Chest pain, pressure or tightness");
        assertThat(q.path("choices").findValues("value")).isEqualTo(en.json().path("question").path("choices").findValues("value"));
        assertThat(es.json().path("assessment").path("language").asText()).isEqualTo("es");
        assertThat(en.json().path("question").path("text").asText()).startsWith("Before anything else");
    }

    @Test
    void anUnknownLangIsRefusedNamingTheLanguages() {
        Answer a = s.client.post("/v1/assess?lang=fr", Cases.WRIST);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("error").path("code").asText()).isEqualTo("UNKNOWN_VALUE");
        assertThat(a.json().path("error").path("field").asText()).isEqualTo("lang");
        assertThat(a.json().path("error").path("message").asText()).contains("en, de, es");
    }

    @Test
    void batchLinesComeInTheLanguageAskedFor() {
        Answer a = s.client.post("/v1/batch?lang=de", Cases.WRIST.replace("\n", " ") + "\n");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("Content-Language")).isEqualTo("de");
        assertThat(Json.parse(a.body().strip()).path("language").asText()).isEqualTo("de");
    }

    @Test
    void cdsCardsComeInTheClientsLanguage() {
        String request = "{\"hook\":\"" + CdsEndpoints.PAIN_REPORT_HOOK + "\",\"hookInstance\":\"d1577c69-dfbe-44ad-ba6d-3e05e953b2ea\","
                + "\"context\":{\"userId\":\"Practitioner/1\",\"patientId\":\"p1\",\"case\":" + Cases.WRIST + "}}";
        Answer en = s.client.post("/cds-services/" + CdsEndpoints.PAIN_REPORT_ID, request);
        Answer es = s.client.post("/cds-services/" + CdsEndpoints.PAIN_REPORT_ID, request, "Accept-Language", "es-ES,es;q=0.9");
        assertThat(es.status()).as(es.body()).isEqualTo(200);
        assertThat(es.header("Content-Language")).isEqualTo("es");
        List<String> enSummaries = en.json().path("cards").findValuesAsText("summary");
        List<String> esSummaries = es.json().path("cards").findValuesAsText("summary");
        assertThat(esSummaries).hasSameSizeAs(enSummaries);
        assertThat(enSummaries).anyMatch(x -> x.startsWith("Self-massage plan: start at forearm-back"));
        assertThat(esSummaries).anyMatch(x -> x.startsWith("Plan de automasaje: empiece por el dorso del antebrazo"));
        assertThat(es.json().path("cards").findValuesAsText("detail")).anyMatch(d -> d.contains("**Cambio:** Presione"));
        assertThat(en.json().path("cards").findValuesAsText("detail")).anyMatch(d -> d.contains("**Change:** Press"));
    }

    @Test
    void acceptLanguageParsing() {
        List<String> available = List.of("en", "de", "es");
        assertThat(RequestLanguage.fromAcceptLanguage(null, available)).isNull();
        assertThat(RequestLanguage.fromAcceptLanguage("es-MX", available)).isEqualTo("es");
        assertThat(RequestLanguage.fromAcceptLanguage("en;q=0.9, de", available)).isEqualTo("de");
        assertThat(RequestLanguage.fromAcceptLanguage("es;q=0, de;q=0.1", available)).isEqualTo("de");
        assertThat(RequestLanguage.fromAcceptLanguage("*", available)).isEqualTo("en");
        assertThat(RequestLanguage.fromAcceptLanguage("ja", available)).isEqualTo("en");
    }
}
