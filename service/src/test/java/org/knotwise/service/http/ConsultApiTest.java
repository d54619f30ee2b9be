package org.knotwise.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwise.service.support.ApiClient.Answer;
import org.knotwise.service.support.TestService;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /v1/consult: stateless, one question at a time, every response checked against openapi.yaml. */
class ConsultApiTest {
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
    void anEmptyCaseIsAskedWhereItHurtsAndHasNoAssessmentYet() {
        Answer a = s.client.post("/v1/consult", "{}");
        assertThat(a.status()).isEqualTo(200);
        JsonNode json = a.json();
        assertThat(json.path("question").path("path").asText()).isEqualTo("complaint.regions");
        assertThat(json.path("done").asBoolean()).isFalse();
        assertThat(json.has("assessment")).isFalse();
        assertThat(a.header("X-Knotwise-Rule-Base")).matches("[0-9a-f]{64}");
    }

    @Test
    void aBareCaseCountsItsFieldsAsAnsweredAndTheRedFlagsComeFirst() {
        JsonNode json = s.client.post("/v1/consult", "{\"complaint\": {\"regions\": [\"calf\"]}}").json();
        assertThat(json.path("question").path("path").asText()).isEqualTo("redFlags");
        assertThat(json.path("assessment").path("selfCare").asBoolean()).isTrue();
        assertThat(json.path("asked").toString()).isEqualTo("[\"complaint.regions\"]");
    }

    @Test
    void aClientThatSendsBackEachAnswerReachesTheEnd() {
        JsonNode step = s.client.post("/v1/consult", "{\"case\": {\"complaint\": {\"regions\": [\"calf\"]}}, \"asked\": [\"complaint.regions\"]}").json();
        int questions = 0;
        while (!step.path("done").asBoolean()) {
            assertThat(questions++).as("a consultation ends").isLessThan(60);
            JsonNode q = step.path("question");
            ObjectNode next = Json.object();
            next.set("case", step.path("case"));
            next.set("asked", step.path("asked"));
            // always the last choice offered ("not sure", "none"...) or, for numbers, 30 within the range (an
            // adult's age: the minimum, 0, would make the person a child, whom contract v3 §8.5 sends to a doctor)
            int number = (int) Math.max(q.path("min").asDouble(), Math.min(q.path("max").asDouble(30), 30));
            JsonNode value = q.path("choices").isEmpty() ? Json.mapper().getNodeFactory().numberNode(number)
                    : q.path("choices").get(q.path("choices").size() - 1).path("value");
            if (q.path("kind").asText().equals("many")) {
                value = Json.mapper().createArrayNode();
            }
            next.putObject("answer").put("path", q.path("path").asText()).set("value", value);
            Answer a = s.client.post("/v1/consult", next.toString());
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            step = a.json();
        }
        assertThat(step.path("question").isNull()).isTrue();
        assertThat(step.path("redFlag").asBoolean()).isFalse();
        assertThat(step.path("assessment").path("candidateSites").size()).isPositive();
        assertThat(step.path("asked").size()).isEqualTo(java.util.stream.StreamSupport
                .stream(step.path("asked").spliterator(), false).map(JsonNode::asText).distinct().count());
    }

    @Test
    void aRedFlagEndsItWithTheUrgentAdvice() {
        JsonNode json = s.client.post("/v1/consult", "{\"case\": {\"complaint\": {\"regions\": [\"low-back\"]}}, "
                + "\"asked\": [\"complaint.regions\"], \"answer\": {\"path\": \"redFlags\", \"value\": [\"saddle-numbness\"]}}").json();
        assertThat(json.path("done").asBoolean()).isTrue();
        assertThat(json.path("redFlag").asBoolean()).isTrue();
        assertThat(json.path("question").isNull()).isTrue();
        assertThat(json.path("assessment").path("professional").path("urgency").asText()).isEqualTo("emergency");
    }

    @Test
    void aQuestionAnsweredTwiceOrABadValueIs400() {
        Answer twice = s.client.post("/v1/consult", "{\"case\": {\"complaint\": {\"regions\": [\"calf\"]}}, "
                + "\"asked\": [\"complaint.regions\"], \"answer\": {\"path\": \"complaint.regions\", \"value\": [\"calf\"]}}");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().path("error").path("field").asText()).isEqualTo("answer.path");
        Answer bad = s.client.post("/v1/consult", "{\"case\": {\"complaint\": {\"regions\": [\"calf\"]}}, "
                + "\"asked\": [\"complaint.regions\", \"redFlags\"], \"answer\": {\"path\": \"complaint.onset\", \"value\": \"fast\"}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().path("error").path("code").asText()).isEqualTo("UNKNOWN_VALUE");
        assertThat(bad.json().path("error").path("field").asText()).isEqualTo("case.complaint.onset");
    }

    /** Guessed shapes get a 400 that shows the one wanted: {case, asked, answer: {path, value}}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'{\"case\": {\"complaint\": {\"regions\": [\"calf\"]}}, \"asked\": [\"complaint.regions\"], \"answer\": \"none\"}' | answer",
            "'{\"case\": {\"complaint\": {\"regions\": [\"calf\"]}}, \"asked\": [\"complaint.regions\"], \"answer\": {\"field\": \"redFlags\", \"answer\": []}}' | answer.field",
            "'{\"case\": {\"complaint\": {\"regions\": [\"calf\"]}}, \"asked\": [\"complaint.regions\"], \"answer\": {\"value\": []}}' | answer.path",
            "'{\"field\": \"redFlags\", \"answer\": []}' | field",
            "'\"calf\"' | ''"})
    void aWrongShapeIs400AndSaysWhatShapeIsWanted(String body, String field) {
        Answer a = s.client.post("/v1/consult", body);
        assertThat(a.status()).as(a.body()).isEqualTo(400);
        JsonNode error = a.json().path("error");
        assertThat(error.path("field").asText("")).isEqualTo(field);
        assertThat(error.path("message").asText()).contains("\"answer\": {\"path\": <the question's path>, \"value\": <the answer>}");
    }
}
