package org.knotwise.engine.batch;

import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CaseError;

/**
 * What became of one input line: the JSON line to write, and the assessment or the error behind it.
 * {@code id} is null when it could not be read.
 */
public record CaseOutcome(long line, String id, String json, Assessment assessment, CaseError error) {

    public boolean isError() {
        return error != null;
    }
}
