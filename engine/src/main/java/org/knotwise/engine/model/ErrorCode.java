package org.knotwise.engine.model;

/** Input error codes of contract §5. */
public enum ErrorCode {
    MALFORMED_JSON, MISSING_FIELD, WRONG_TYPE, OUT_OF_RANGE, UNKNOWN_REGION, UNKNOWN_VALUE, DUPLICATE_ID,
    /** A line longer than the batch's size limit. */
    TOO_LARGE,
    /** The rules failed on a valid case; a bug to report, never a reason to lose the case. */
    ENGINE_FAILURE
}
