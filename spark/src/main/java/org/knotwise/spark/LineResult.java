package org.knotwise.spark;

import org.knotwise.engine.batch.CaseLineProcessor;
import org.knotwise.engine.model.RuleBaseIdentity;
import org.knotwise.engine.batch.CaseOutcome;
import org.knotwise.workbench.report.CaseFacts;

import java.io.Serializable;

/**
 * One input line's result as the job keeps it between its passes: the output line, the id it
 * claims (only an assessed case claims its id, as in the batch), and what the report needs from
 * the input line.
 */
final class LineResult implements Serializable {
    private static final long serialVersionUID = 1L;

    final long line;
    /** The id of an assessed case; null for an error line (it claims no id). */
    final String claimedId;
    final String json;
    final CaseFacts input;

    LineResult(long line, String claimedId, String json, CaseFacts input) {
        this.line = line;
        this.claimedId = claimedId;
        this.json = json;
        this.input = input;
    }

    static LineResult of(CaseOutcome outcome, CaseFacts input) {
        String id = !outcome.isError() && outcome.id() != null ? outcome.id() : null;
        return new LineResult(outcome.line(), id, outcome.json(), input);
    }

    /** This line as the batch writes a case whose id an earlier case already used. */
    LineResult asDuplicate(RuleBaseIdentity ruleBase) {
        return new LineResult(line, null, CaseLineProcessor.duplicateId(line, claimedId, ruleBase).json(), input);
    }
}
