package org.knotwise.engine.batch;

import java.util.regex.Pattern;

/**
 * A batch line that is a piece of a case spread over several lines (pretty-printed JSON): an
 * opening or closing brace, or a {@code "field": value} pair. Its error says how to fix the file
 * instead of what the JSON parser tripped on.
 */
public final class PartOfACase {
    /** The error message of such a line; the command line counts them by it. */
    public static final String MESSAGE = "not a whole case: a batch takes one case per line (JSON Lines), and this looks like"
            + " part of a case written over several lines; put each case on one line (jq -c . FILE does it)."
            + " The format: docs/CASE-FORMAT.md";
    private static final Pattern FIELD = Pattern.compile("^\"[^\"]*\"\\s*:.*");

    private PartOfACase() {
    }

    public static boolean looksSo(String text) {
        String t = text.strip();
        return t.equals("{") || t.equals("[") || t.startsWith("}") || t.startsWith("]") || FIELD.matcher(t).matches();
    }
}
