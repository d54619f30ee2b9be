package org.knotwise.service.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.engine.Explain;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.service.rules.RuleBaseHolder;
import org.knotwise.service.rules.ServedRuleBase;

/**
 * Reads one case from JSON and assesses it on the rule base a request took at its start. An input
 * error becomes a 400 with the contract's code and field; a failure of the rules, a 500 with
 * ENGINE_FAILURE (a bug to report).
 */
public final class Assessor {
    private final RuleBaseHolder holder;

    public Assessor(RuleBaseHolder holder) {
        this.holder = holder;
    }

    /** The rule base for this request; 503 before one has loaded. */
    public ServedRuleBase ruleBase() {
        ServedRuleBase rb = holder.current();
        if (rb == null) {
            throw new HttpError(503, "NOT_READY", null, "no rule base is loaded yet", null,
                    java.util.Map.of("Retry-After", "5"), java.util.Map.of());
        }
        return rb;
    }

    /**
     * One case assessed: the case and assessment as read and made (to draw them), and the contract's JSON as
     * the engine wrote it (sent as it is; read into a tree only by those that take it apart, the cards).
     */
    public record Assessed(Case input, Assessment assessment, String jsonText) {
        public ObjectNode json() {
            try {
                return (ObjectNode) Json.mapper().readTree(jsonText);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** With as much explanation as asked for: the engine then puts no reason into words it will not send. */
    public Assessed assessed(ServedRuleBase rb, JsonNode caseJson, Explain explain) {
        return assessed(rb, caseJson, explain, null);
    }

    /** In a language the rule base speaks ({@link RequestLanguage}); null: English without a {@code language} field. */
    public Assessed assessed(ServedRuleBase rb, JsonNode caseJson, Explain explain, String language) {
        String id = caseJson.path("id").isTextual() ? caseJson.path("id").asText() : null;
        try {
            Case c = KnotwiseJson.readCase(caseJson);
            Assessment a = (language == null ? rb.engine() : rb.engine().inLanguage(language)).assess(c, explain);
            return new Assessed(c, a, KnotwiseJson.write(a, explain));
        } catch (InvalidCaseException e) {
            throw new HttpError(400, e.error().code().name(), e.error().field(), e.error().message(),
                    e.caseId() != null ? e.caseId() : id, java.util.Map.of(), java.util.Map.of());
        } catch (HttpError e) {
            throw e;
        } catch (Exception e) {
            throw new HttpError(500, "ENGINE_FAILURE", null, "the rules failed on this case: "
                    + e.getClass().getSimpleName(), id, java.util.Map.of(), java.util.Map.of());
        }
    }

    /** The level a request's {@code explain} names (full when absent); 400 for any other value. */
    public static Explain explainLevel(String explain) {
        try {
            return Explain.parse(explain == null ? "full" : explain);
        } catch (IllegalArgumentException e) {
            throw HttpError.badRequest("UNKNOWN_VALUE", "explain", "explain must be none, ids or full, not " + explain);
        }
    }
}
