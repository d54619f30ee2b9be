package org.knotwise.engine.facts;

import org.knotwise.engine.text.Text;

/**
 * A correction of what the person tried (an adjustment) or a reason self-massage is failing. Its words
 * are a message ({@code adjustment.CODE}, {@code failure.CODE}, or a variant key), put into the
 * answer's language when the assessment is written.
 */
public class Advice implements Describable {
    public enum Kind { ADJUSTMENT, FAILURE }

    private final Kind kind;
    private final String code;
    private final Text text;

    private Advice(Kind kind, String code, Text text) {
        this.kind = kind;
        this.code = code;
        this.text = text;
    }

    /** An adjustment worded by {@code adjustment.CODE}. */
    public static Advice adjustment(String code) {
        return new Advice(Kind.ADJUSTMENT, code, Text.of("adjustment." + code));
    }

    public static Advice adjustment(String code, Text text) {
        return new Advice(Kind.ADJUSTMENT, code, text);
    }

    /** An adjustment in a rule folder's own words, the same in every language. */
    public static Advice adjustment(String code, String message) {
        return new Advice(Kind.ADJUSTMENT, code, Text.literal(message));
    }

    /** A failure reason worded by {@code failure.CODE}. */
    public static Advice failure(String code) {
        return new Advice(Kind.FAILURE, code, Text.of("failure." + code));
    }

    public static Advice failure(String code, Text text) {
        return new Advice(Kind.FAILURE, code, text);
    }

    /** A failure reason in a rule folder's own words, the same in every language. */
    public static Advice failure(String code, String message) {
        return new Advice(Kind.FAILURE, code, Text.literal(message));
    }

    public Kind getKind() { return kind; }
    public String getCode() { return code; }
    public Text getText() { return text; }

    @Override
    public String describe() { return kind.name().toLowerCase() + " " + code; }
}
