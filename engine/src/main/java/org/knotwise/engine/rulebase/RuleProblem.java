package org.knotwise.engine.rulebase;

import org.knotwise.kb.KnowledgeBaseProblem;

/** A problem in a rule or data file, located by file and line (0 when the line is not known). */
public record RuleProblem(Severity severity, String file, int line, String message) {

    public enum Severity { ERROR, WARNING }

    public static RuleProblem error(String file, int line, String message) {
        return new RuleProblem(Severity.ERROR, file, line, message);
    }

    public static RuleProblem warning(String file, int line, String message) {
        return new RuleProblem(Severity.WARNING, file, line, message);
    }

    static RuleProblem of(KnowledgeBaseProblem p) {
        return new RuleProblem(p.isError() ? Severity.ERROR : Severity.WARNING, p.file(), p.line(), p.message());
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : file) + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
