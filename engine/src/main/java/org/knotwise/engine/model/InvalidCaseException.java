package org.knotwise.engine.model;

/** A case that breaks the contract; {@link #caseId()} is null when the id could not be read. */
public class InvalidCaseException extends RuntimeException {
    private final String caseId;
    private final CaseError error;

    public InvalidCaseException(String caseId, CaseError error) {
        super((caseId == null ? "" : "case " + caseId + ": ")
                + (error.field() == null ? "" : error.field() + ": ") + error.message());
        this.caseId = caseId;
        this.error = error;
    }

    public String caseId() { return caseId; }

    public CaseError error() { return error; }
}
