package org.knotwise.service.cds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.service.http.HttpError;
import org.knotwise.service.http.Json;

import java.util.Iterator;
import java.util.Map;

/**
 * Turns a QuestionnaireResponse to the intake into a case (JSON in the contract's shape). The
 * contract's own reader then checks it, so the checks and codes are the same as for a posted case;
 * {@link #linkIdOf(String)} names the question behind a field the reader complains about.
 */
public final class QuestionnaireResponseMapper {
    private QuestionnaireResponseMapper() {
    }

    /** The case; its id is the response's id (or {@code fallbackId} when it has none). */
    public static ObjectNode toCase(JsonNode response, String fallbackId) {
        if (!"QuestionnaireResponse".equals(response.path("resourceType").asText())) {
            throw error("WRONG_TYPE", null, "the prefetched resource is not a QuestionnaireResponse");
        }
        ObjectNode c = Json.object();
        String id = response.path("id").isTextual() ? response.path("id").asText() : fallbackId;
        c.put("id", id);
        readItems(response.path("item"), c, c);
        return c;
    }

    private static void readItems(JsonNode items, ObjectNode caseRoot, ObjectNode spot) {
        for (JsonNode item : items) {
            String linkId = item.path("linkId").asText(null);
            IntakeQuestionnaire.Question q = linkId == null ? null : IntakeQuestionnaire.question(linkId);
            if (q == null) {
                continue; // an item this version does not know: ignored, like an unknown case field
            }
            if (q.isGroup()) {
                if (linkId.equals("spots")) {
                    ObjectNode newSpot = ((ArrayNode) caseRoot.withArray("/spots")).addObject();
                    readItems(item.path("item"), caseRoot, newSpot);
                } else {
                    readItems(item.path("item"), caseRoot, spot);
                }
                continue;
            }
            JsonNode value = answers(item.path("answer"), q);
            if (value == null) {
                continue;
            }
            if (linkId.startsWith("spots[].")) {
                if (spot == caseRoot) {
                    throw error("WRONG_TYPE", linkId, "a spot's answers must be inside a 'spots' group");
                }
                spot.set(linkId.substring("spots[].".length()), value);
            } else {
                String[] path = linkId.split("\\.");
                ObjectNode parent = caseRoot;
                for (int i = 0; i < path.length - 1; i++) {
                    parent = parent.with(path[i]);
                }
                parent.set(path[path.length - 1], value);
            }
        }
    }

    private static JsonNode answers(JsonNode answers, IntakeQuestionnaire.Question q) {
        if (!answers.isArray() || answers.isEmpty()) {
            return null;
        }
        if (!q.repeats() && answers.size() > 1) {
            throw error("WRONG_TYPE", q.linkId(), "takes one answer, got " + answers.size());
        }
        ArrayNode values = Json.mapper().createArrayNode();
        for (JsonNode a : answers) {
            values.add(value(a, q));
        }
        return q.repeats() ? values : values.get(0);
    }

    /** The answer's value[x], as the JSON the contract expects; a wrong kind is left for the reader to refuse. */
    private static JsonNode value(JsonNode answer, IntakeQuestionnaire.Question q) {
        for (Iterator<Map.Entry<String, JsonNode>> it = answer.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getKey().equals("valueCoding")) {
                return f.getValue().path("code");
            }
            if (f.getKey().startsWith("value")) {
                return f.getValue();
            }
        }
        throw error("MISSING_FIELD", q.linkId(), "an answer without a value");
    }

    /** The question behind a case field: {@code spots[2].tender} → {@code spots[].tender}, {@code complaint.regions[0]} → {@code complaint.regions}. */
    public static String linkIdOf(String field) {
        if (field == null) {
            return null;
        }
        String linkId = field.replaceFirst("^spots\\[\\d+]", "spots[]").replaceFirst("\\[\\d+]$", "");
        if (linkId.equals("spots[]")) {
            return "spots";
        }
        return IntakeQuestionnaire.question(linkId) != null ? linkId : null;
    }

    private static HttpError error(String code, String linkId, String message) {
        return new HttpError(400, code, linkId, (linkId == null ? "" : linkId + ": ") + message, null, Map.of(),
                linkId == null ? Map.of() : Map.of("linkId", linkId));
    }
}
