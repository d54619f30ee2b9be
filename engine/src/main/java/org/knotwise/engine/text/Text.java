package org.knotwise.engine.text;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence a rule concludes, by its key in the message files and its named arguments, put into
 * words only when the assessment is written, in the language asked for. An argument is a string, a
 * number, another text (a region's word, say) or a list of names joined with "and".
 * A rule folder written before message files may still insert plain strings: those are
 * {@linkplain #literal literal} texts, the same in every language.
 */
public final class Text {
    private static final Object[] NO_ARGS = {};

    private final String key;
    private final String literal;
    /** Name, value, name, value, ... (kept flat: most texts have none or one). */
    private final Object[] args;

    private Text(String key, String literal, Object[] args) {
        this.key = key;
        this.literal = literal;
        this.args = args;
    }

    /** The message {@code key}, with arguments given as name, value pairs. */
    public static Text of(String key, Object... namesAndValues) {
        Objects.requireNonNull(key, "key");
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException(key + ": arguments come in name, value pairs");
        }
        return new Text(key, null, namesAndValues.length == 0 ? NO_ARGS : namesAndValues.clone());
    }

    /** Words that are not in any message file (a rule folder's own English string). */
    public static Text literal(String words) {
        return new Text(null, Objects.requireNonNull(words, "words"), NO_ARGS);
    }

    /** A region's name as the person reads it ({@code region.<id>}). */
    public static Text region(String id) {
        return of("region." + id);
    }

    /** Names joined with the language's "and" ({@code list.and}): "a and b and c". */
    public static Joined and(List<?> items) {
        return new Joined(List.copyOf(items));
    }

    /** Items to be joined with the language's "and" when the text is put into words. */
    public record Joined(List<?> items) {
    }

    /** The key, or null for a literal. */
    public String key() { return key; }

    public boolean isLiteral() { return key == null; }

    public String literal() { return literal; }

    public boolean hasArgs() { return args.length > 0; }

    int argCount() { return args.length / 2; }

    String argName(int i) { return (String) args[2 * i]; }

    Object argValue(int i) { return args[2 * i + 1]; }

    @Override
    public boolean equals(Object o) {
        return o instanceof Text t && Objects.equals(key, t.key) && Objects.equals(literal, t.literal)
                && Arrays.equals(args, t.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, literal) * 31 + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return key == null ? literal : key + (args.length == 0 ? "" : Arrays.toString(args));
    }
}
