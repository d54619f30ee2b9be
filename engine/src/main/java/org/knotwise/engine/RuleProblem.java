package org.knotwise.engine;

/** A problem in a rule or data file, located by file and line (0 when the line is not known). */
public record RuleProblem(Severity severity, String file, int line, String message) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : file) + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
