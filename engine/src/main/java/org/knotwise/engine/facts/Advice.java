package org.knotwise.engine.facts;

/** A correction of what the person tried (an adjustment) or a reason self-massage is failing. */
public class Advice implements Describable {
    public enum Kind { ADJUSTMENT, FAILURE }

    private final Kind kind;
    private final String code;
    private final String message;

    private Advice(Kind kind, String code, String message) {
        this.kind = kind;
        this.code = code;
        this.message = message;
    }

    public static Advice adjustment(String code, String message) {
        return new Advice(Kind.ADJUSTMENT, code, message);
    }

    public static Advice failure(String code, String message) {
        return new Advice(Kind.FAILURE, code, message);
    }

    public Kind getKind() { return kind; }
    public String getCode() { return code; }
    public String getMessage() { return message; }

    @Override
    public String describe() { return kind.name().toLowerCase() + " " + code; }
}
