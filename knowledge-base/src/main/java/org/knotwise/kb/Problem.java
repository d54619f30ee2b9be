package org.knotwise.kb;

import java.util.Objects;

/**
 * A problem found in a data or rule file, with the file and line it is on. One record for the
 * knowledge base's CSV files and for rule files alike.
 *
 * @param line the 1-based line, or 0 when the problem belongs to the whole file
 */
public record Problem(Severity severity, String file, int line, String message) {

    public enum Severity { ERROR, WARNING }

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 (whole file) or more, not " + line);
        }
    }

    public static Problem error(String file, int line, String message) {
        return new Problem(Severity.ERROR, file, line, message);
    }

    public static Problem warning(String file, int line, String message) {
        return new Problem(Severity.WARNING, file, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line: error: message}, or {@code file: error: message} when the line is 0. */
    @Override
    public String toString() {
        return (line > 0 ? file + ":" + line : file) + ": " + severity.name().toLowerCase() + ": " + message;
    }
}
