package org.knotwise.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.ErrorCode;

import java.io.IOException;

/**
 * {@code assess} takes one case. Given several (a JSON array, or objects one after another) the
 * JSON reader's complaint would be jargon; this says plainly to use {@code batch}.
 */
final class SeveralCases {
    static final String USE_BATCH = "assess takes one case; for several (a JSON array or one case a line) use: knotwise batch FILE";

    private SeveralCases() {
    }

    /** The error to show: {@code error} itself, or a plain one when the text holds several cases. */
    static CaseError explain(String json, CaseError error) {
        if (error.field() != null) {
            return error;
        }
        if (error.code() == ErrorCode.WRONG_TYPE && json.stripLeading().startsWith("[")) {
            return new CaseError(ErrorCode.WRONG_TYPE, null, "this is a JSON array, not one case: " + USE_BATCH);
        }
        if (error.code() == ErrorCode.MALFORMED_JSON && values(json) > 1) {
            return new CaseError(ErrorCode.MALFORMED_JSON, null, "this holds more than one JSON value: " + USE_BATCH);
        }
        return error;
    }

    /** How many whole JSON values come one after another at the start of the text (2 means two or more). */
    private static int values(String json) {
        int n = 0;
        try (MappingIterator<JsonNode> it = KnotwiseJson.mapper().readerFor(JsonNode.class).readValues(json)) {
            while (n < 2 && it.hasNextValue()) {
                it.nextValue();
                n++;
            }
        } catch (IOException | RuntimeException e) {
            // a broken value after a whole one still means several were given
        }
        return n;
    }
}
