package org.knotwise.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.service.config.ServiceConfig;
import org.knotwise.service.rules.ServedRuleBase;
import org.knotwise.workbench.consult.AskedQuestion;
import org.knotwise.workbench.consult.Askable;
import org.knotwise.workbench.consult.Choice;
import org.knotwise.workbench.consult.ConsultState;
import org.knotwise.workbench.consult.Consultant;
import org.knotwise.workbench.consult.PartialCase;
import org.knotwise.workbench.consult.QuestionBook;
import org.knotwise.workbench.consult.Step;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/consult}: the consultation, stateless. The client sends the case so far (and the paths
 * already asked, with the answer to the last question); the service answers with the next question, or
 * none when nothing more can change the advice, and the provisional assessment. Any replica can answer.
 */
public final class ConsultEndpoints {
    /** What a step looks like, said in every error about its shape: a client guessing the format learns it at once. */
    static final String STEP_SHAPE = "send the case so far, or {\"case\": <case from the last answer>, "
            + "\"asked\": <asked from the last answer>, \"answer\": {\"path\": <the question's path>, "
            + "\"value\": <the answer>}}, e.g. \"answer\": {\"path\": \"redFlags\", \"value\": []}";
    private static final java.util.Set<String> STEP_FIELDS = java.util.Set.of("case", "asked", "answer");
    private static final java.util.Set<String> ANSWER_FIELDS = java.util.Set.of("path", "value");

    private final Assessor assessor;
    private final ServiceConfig config;
    /** The consultant of the rule base served last: rebuilt when a reload serves another one. */
    private volatile Served served;

    /** The rule base's consultant in English, and one per other language asked for, made on first use. */
    private record Served(ServedRuleBase ruleBase, Consultant consultant, Map<String, Consultant> inLanguage) {
    }

    public ConsultEndpoints(Assessor assessor, ServiceConfig config) {
        this.assessor = assessor;
        this.config = config;
    }

    public List<Route> routes() {
        return List.of(Route.secured("POST", "/v1/consult", this::consult));
    }

    private void consult(Exchange ex) throws IOException {
        ServedRuleBase rb = assessor.ruleBase();
        String language = RequestLanguage.of(ex, rb.engine().languages());
        Consultant consultant = consultant(rb, language);
        JsonNode body = Json.parse(ex.body(config.maxBodyBytes(), config.readTimeoutMillis()));
        if (!body.isObject()) {
            throw HttpError.badRequest("WRONG_TYPE", null, "the body must be a JSON object, not " + kind(body) + ": " + STEP_SHAPE);
        }
        ConsultState state = state(body);
        if (body.has("answer")) {
            JsonNode answer = body.get("answer");
            String path = checkedAnswer(answer).path("path").asText();
            if (Askable.ofPath(path).isEmpty()) {
                throw HttpError.badRequest("UNKNOWN_VALUE", "answer.path", "'" + path + "' is not a question the consultation asks");
            }
            if (state.wasAsked(path)) {
                throw HttpError.badRequest("UNKNOWN_VALUE", "answer.path", path + " was answered already: a question is asked once");
            }
            try {
                state = consultant.answer(state, path, answer.has("value") ? answer.get("value") : NullNode.getInstance());
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest("UNKNOWN_VALUE", "answer.value", e.getMessage());
            }
        }
        Step step;
        try {
            step = consultant.next(state);
        } catch (InvalidCaseException e) {
            throw new HttpError(400, e.error().code().name(), prefixed(body, e.error().field()), e.error().message());
        }
        if (state.partial().hasRegions()) {
            ex.caseId(state.partial().node().path("id").asText());
        }
        ex.header(ApiEndpoints.RULE_BASE_HEADER, rb.digest());
        ex.header(RequestLanguage.CONTENT_LANGUAGE, language == null ? "en" : language);
        ex.sendJson(200, answer(step, state));
    }

    /** The answer, when it is {"path": a text, "value": anything}; else a 400 that says so. */
    private static JsonNode checkedAnswer(JsonNode answer) {
        if (!answer.isObject()) {
            throw HttpError.badRequest("WRONG_TYPE", "answer", "answer must be an object, not " + kind(answer) + ": " + STEP_SHAPE);
        }
        answer.fieldNames().forEachRemaining(f -> {
            if (!ANSWER_FIELDS.contains(f)) {
                throw HttpError.badRequest("WRONG_TYPE", "answer." + f, "answer has no field '" + f
                        + "', only path and value: " + STEP_SHAPE);
            }
        });
        if (!answer.path("path").isTextual()) {
            throw HttpError.badRequest(answer.has("path") ? "WRONG_TYPE" : "MISSING_FIELD", "answer.path",
                    "answer.path must be the question's path, as text: " + STEP_SHAPE);
        }
        return answer;
    }

    private static String kind(JsonNode n) {
        return n.isTextual() ? "a string" : n.isArray() ? "a list" : n.isNumber() ? "a number" : n.isBoolean() ? "true or false"
                : n.isNull() ? "null" : "an object";
    }

    /** The state a request carries: {case, asked} or a bare case, whose present fields count as asked. */
    private static ConsultState state(JsonNode body) {
        boolean envelope = body.has("case") || body.has("asked") || body.has("answer");
        if (envelope) {
            body.fieldNames().forEachRemaining(f -> {
                if (!STEP_FIELDS.contains(f)) {
                    throw HttpError.badRequest("WRONG_TYPE", f, "a consultation step has no field '" + f + "': " + STEP_SHAPE);
                }
            });
        }
        JsonNode caseNode = envelope ? body.path("case") : body;
        if (!caseNode.isMissingNode() && !caseNode.isObject()) {
            throw HttpError.badRequest("WRONG_TYPE", "case", "the case must be a JSON object");
        }
        PartialCase partial = PartialCase.of(caseNode.isObject() ? (ObjectNode) caseNode : Json.object());
        List<String> asked = new ArrayList<>();
        if (envelope && body.has("asked")) {
            JsonNode list = body.get("asked");
            if (!list.isArray() || !java.util.stream.StreamSupport.stream(list.spliterator(), false).allMatch(JsonNode::isTextual)) {
                throw HttpError.badRequest("WRONG_TYPE", "asked", "asked must be a list of field paths, as the last answer gave it");
            }
            body.get("asked").forEach(p -> asked.add(p.asText()));
        } else {
            asked.addAll(presentPaths(partial));
        }
        return new ConsultState(partial, asked);
    }

    /** What a case already says, as the paths it answers. */
    static List<String> presentPaths(PartialCase c) {
        List<String> paths = new ArrayList<>();
        if (c.hasRegions()) {
            paths.add(Askable.REGIONS.template());
        }
        JsonNode n = c.node();
        if (n.has("redFlags")) {
            paths.add(Askable.RED_FLAGS.template());
        }
        if (n.has("history")) {
            paths.add(Askable.HISTORY.template());
        }
        for (Askable a : Askable.values()) {
            if (!a.template().contains("[") && a != Askable.REGIONS && a != Askable.RED_FLAGS && a != Askable.HISTORY
                    && c.get(a.template()) != null) {
                paths.add(a.template());
            }
        }
        if (!c.spotRegions().isEmpty()) {
            paths.add(Askable.SPOTS_WHERE.template()); // the places pressed are the spots it lists
        }
        for (String region : c.spotRegions()) {
            paths.add("spots[" + region + "]");
            JsonNode spot = c.spot(region);
            spot.fieldNames().forEachRemaining(f -> {
                if (!f.equals("region") && !f.equals("tender")) {
                    paths.add("spots[" + region + "]." + f);
                }
            });
        }
        return paths;
    }

    private static String prefixed(JsonNode body, String field) {
        boolean envelope = body.has("case") || body.has("asked") || body.has("answer");
        return field == null || !envelope ? field : "case." + field;
    }

    private static ObjectNode answer(Step step, ConsultState state) {
        ObjectNode root = Json.object();
        AskedQuestion q = step.question();
        if (q == null) {
            root.putNull("question");
        } else {
            ObjectNode question = root.putObject("question");
            question.put("path", q.path());
            question.put("kind", q.kind().name().toLowerCase(java.util.Locale.ROOT));
            question.put("text", q.text());
            question.put("reason", q.reason());
            ArrayNode choices = question.putArray("choices");
            for (Choice c : q.choices()) {
                choices.addObject().put("label", c.label()).set("value", c.value());
            }
            if (q.min() != null) {
                question.put("min", q.min());
                question.put("max", q.max());
            }
            ArrayNode rules = question.putArray("rules");
            q.rules().forEach(rules::add);
        }
        root.put("done", step.done());
        root.put("redFlag", step.redFlag());
        if (step.assessment() != null) { // left out until the pain regions are known
            root.set("assessment", Json.parse(org.knotwise.engine.json.KnotwiseJson.write(step.assessment())));
        }
        root.set("case", state.partial().node());
        ArrayNode asked = root.putArray("asked");
        state.asked().forEach(asked::add);
        return root;
    }

    /** The consultant asking in the language (null: English, the assessment without a language field). */
    private Consultant consultant(ServedRuleBase rb, String language) {
        Served s = served;
        if (s == null || s.ruleBase() != rb) {
            Path dir = "built-in".equals(rb.source()) ? null : Path.of(rb.source());
            s = new Served(rb, new Consultant(rb.engine(), QuestionBook.load(dir, rb.engine().ruleBase().rules())),
                    new java.util.concurrent.ConcurrentHashMap<>());
            served = s;
        }
        if (language == null) {
            return s.consultant();
        }
        Consultant english = s.consultant();
        return s.inLanguage().computeIfAbsent(language,
                code -> new Consultant(english.engine().inLanguage(code), english.questions()));
    }
}
