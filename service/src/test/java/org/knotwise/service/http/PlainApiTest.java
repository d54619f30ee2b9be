package org.knotwise.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.batch.BatchOptions;
import org.knotwise.engine.batch.BatchProcessor;
import org.knotwise.service.support.ApiClient.Answer;
import org.knotwise.service.support.Cases;
import org.knotwise.service.support.TestService;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class PlainApiTest {
    static TestService s;

    @BeforeAll
    static void start() throws Exception {
        s = TestService.start();
    }

    @AfterAll
    static void stop() throws Exception {
        s.close();
    }

    @Test
    void assessReturnsTheContractsAssessmentWithTheRuleBaseVersion() {
        Answer a = s.client.post("/v1/assess", Cases.WRIST);
        assertThat(a.status()).isEqualTo(200);
        JsonNode json = a.json();
        assertThat(json.path("id").asText()).isEqualTo("wrist-1");
        assertThat(json.path("selfCare").asBoolean()).isTrue();
        assertThat(json.path("candidateSites").get(0).path("region").asText()).isEqualTo("forearm-back");
        assertThat(json.path("explanation").get(0).has("because")).isTrue();
        assertThat(a.header("X-Knotwise-Rule-Base")).isEqualTo(json.path("ruleBase").path("digest").asText());
    }

    @Test
    void assessGivesTheSameAnswerAsTheEngine() {
        String expected = org.knotwise.engine.json.KnotwiseJson.write(
                Knotwise.builtIn().assess(org.knotwise.engine.json.KnotwiseJson.readCase(Cases.WRIST)));
        Answer a = s.client.post("/v1/assess?explain=full", Cases.WRIST);
        assertThat(a.json()).isEqualTo(org.knotwise.service.http.Json.parse(expected));
    }

    @Test
    void explainNoneDropsTheExplanationAndIdsKeepsOnlyRuleIds() {
        JsonNode none = s.client.post("/v1/assess?explain=none", Cases.WRIST).json();
        assertThat(none.has("explanation")).isFalse();
        JsonNode ids = s.client.post("/v1/assess?explain=ids", Cases.WRIST).json();
        assertThat(ids.path("explanation").size()).isGreaterThan(3);
        ids.path("explanation").forEach(step -> {
            assertThat(step.size()).isEqualTo(1);
            assertThat(step.path("rule").asText()).isNotBlank();
        });
    }

    @Test
    void anUnknownExplainValueIsRefused() {
        Answer a = s.client.post("/v1/assess?explain=some", Cases.WRIST);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("error").path("code").asText()).isEqualTo("UNKNOWN_VALUE");
        assertThat(a.json().path("error").path("field").asText()).isEqualTo("explain");
    }

    @Test
    void badJsonIs400MalformedJson() {
        Answer a = s.client.post("/v1/assess", "{\"id\": \"x\", ");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("error").path("code").asText()).isEqualTo("MALFORMED_JSON");
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', value = {
            "MISSING_FIELD  | complaint             | {\"id\":\"e1\"}",
            "WRONG_TYPE     | complaint.severity    | {\"id\":\"e2\",\"complaint\":{\"regions\":[\"calf\"],\"severity\":\"5\"}}",
            "OUT_OF_RANGE   | complaint.severity    | {\"id\":\"e3\",\"complaint\":{\"regions\":[\"calf\"],\"severity\":11}}",
            "UNKNOWN_REGION | complaint.regions[0] | {\"id\":\"e4\",\"complaint\":{\"regions\":[\"lowback\"]}}",
            "UNKNOWN_VALUE  | complaint.side        | {\"id\":\"e5\",\"complaint\":{\"regions\":[\"calf\"],\"side\":\"up\"}}",
    })
    void eachContractErrorIs400NamingTheField(String code, String field, String body) {
        Answer a = s.client.post("/v1/assess", body);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("error").path("code").asText()).isEqualTo(code);
        assertThat(a.json().path("error").path("field").asText()).isEqualTo(field);
        assertThat(a.json().path("id").asText()).startsWith("e");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String big = "{\"id\":\"big\",\"pad\":\"" + "x".repeat(1024 * 1024) + "\"}";
        Answer a = s.client.post("/v1/assess", big);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.json().path("error").path("code").asText()).isEqualTo("TOO_LARGE");
    }

    @Test
    void batchStreamsTheSameLinesAsTheEngineBatch() throws Exception {
        String input = Cases.WRIST.replace("\n", " ") + "\n" + "not json\n" + Cases.RED_FLAG + "\n"
                + Cases.WRIST.replace("\n", " ") + "\n";
        StringWriter expected = new StringWriter();
        new BatchProcessor(Knotwise.builtIn(), BatchOptions.withThreads(2))
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), expected);
        Answer a = s.client.post("/v1/batch", input);
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).isEqualTo(expected.toString());
        assertThat(a.body().lines()).hasSize(4);
        assertThat(a.body().lines().toList().get(1)).contains("MALFORMED_JSON");
        assertThat(a.body().lines().toList().get(3)).contains("DUPLICATE_ID");
    }

    @Test
    void rulesListsTheRuleBaseAndEveryRuleWithItsSource() {
        Answer a = s.client.get("/v1/rules");
        assertThat(a.status()).isEqualTo(200);
        JsonNode json = a.json();
        assertThat(json.path("ruleBase").path("digest").asText()).matches("[0-9a-f]{64}");
        assertThat(json.path("rules").size()).isGreaterThan(20);
        json.path("rules").forEach(r -> {
            assertThat(r.path("id").asText()).isNotBlank();
            assertThat(r.path("source").asText()).startsWith("§");
        });
    }

    @Test
    void probesAnswer() {
        assertThat(s.client.get("/healthz").json().path("status").asText()).isEqualTo("ok");
        Answer ready = s.client.get("/readyz");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().path("ruleBase").asText()).matches("[0-9a-f]{64}");
    }

    @Test
    void theOpenApiDocumentIsServed() {
        Answer a = s.client.get("/openapi.yaml");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body()).startsWith("openapi: 3.0.3").contains("/cds-services/{id}/feedback");
    }

    @Test
    void unknownPathsAndMethodsAreRefusedWithJson() {
        Answer missing = s.client.getUnchecked("/nowhere");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("error").path("code").asText()).isEqualTo("NOT_FOUND");
    }
}
