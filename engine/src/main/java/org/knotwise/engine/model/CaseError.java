package org.knotwise.engine.model;

/** What is wrong with a case: the contract's code, the field's path (e.g. {@code spots[1].region}), and words. */
public record CaseError(ErrorCode code, String field, String message) {
}
