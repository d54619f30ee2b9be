package org.knotwise.engine.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.ErrorCode;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.engine.model.RuleBaseIdentity;

/**
 * Turns one input line into one output line: parse, validate, assess, write. Never throws for bad
 * input: every problem becomes the contract's error line (§5). Thread-safe.
 */
public final class CaseLineProcessor {
    private final Knotwise engine;

    public CaseLineProcessor(Knotwise engine) {
        this.engine = engine;
    }

    public CaseOutcome process(InputLine line) {
        if (line.problem() != null) {
            ErrorCode code = line.problem().startsWith(LineReader.TOO_LONG) ? ErrorCode.TOO_LARGE : ErrorCode.MALFORMED_JSON;
            return error(line.number(), null, new CaseError(code, null, line.problem()), ruleBase());
        }
        if (line.text().isBlank()) {
            return error(line.number(), null, new CaseError(ErrorCode.MALFORMED_JSON, null, "a blank line holds no case"),
                    ruleBase());
        }
        String id = null;
        try {
            JsonNode node = KnotwiseJson.parse(line.text());
            JsonNode idNode = node.get("id");
            id = idNode != null && idNode.isTextual() ? idNode.asText() : null;
            Assessment a = engine.assess(KnotwiseJson.readCase(node));
            return new CaseOutcome(line.number(), a.id(), KnotwiseJson.write(a), a, null);
        } catch (InvalidCaseException e) {
            return error(line.number(), e.caseId() != null ? e.caseId() : id, e.error(), ruleBase());
        } catch (RuntimeException e) {
            // A fault in the rules must not lose the case: report it on its line and go on.
            return error(line.number(), id, new CaseError(ErrorCode.ENGINE_FAILURE, null,
                    "the engine failed on this case: " + e), ruleBase());
        }
    }

    private RuleBaseIdentity ruleBase() {
        return engine.ruleBase().identity();
    }

    /** An error outcome, e.g. a duplicate id found by the caller. */
    public static CaseOutcome error(long line, String id, CaseError error) {
        return error(line, id, error, null);
    }

    /** An error outcome naming the rule base that was loaded (contract §7.8), unless it is null. */
    public static CaseOutcome error(long line, String id, CaseError error, RuleBaseIdentity ruleBase) {
        return new CaseOutcome(line, id, KnotwiseJson.writeError(id, (int) line, error, ruleBase), null, error);
    }
}
