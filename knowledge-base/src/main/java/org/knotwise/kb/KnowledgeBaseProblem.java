package org.knotwise.kb;

/** A problem found while loading knowledge-base data, with the file and line it is on. */
public record KnowledgeBaseProblem(Severity severity, String file, int line, String message) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : file) + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
