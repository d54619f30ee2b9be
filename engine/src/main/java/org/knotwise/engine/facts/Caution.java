package org.knotwise.engine.facts;

import org.knotwise.engine.text.Text;

/**
 * A safety caution a rule concluded (contract §7.6), with the public guidance it rests on. Other rules
 * react to the caution rather than to its trigger, so each trigger is written once. When
 * {@code stopsSelfCare} is true the engine's safety net gives no plan, whatever other rules made.
 * Its words are the message {@code caution.CODE} (or a variant key), in the answer's language.
 */
public class Caution implements Describable {
    private final String code;
    private final String region;
    private final Text text;
    private final String source;
    private final boolean stopsSelfCare;

    public Caution(String code, String region, Text text, String source, boolean stopsSelfCare) {
        this.code = code;
        this.region = region;
        this.text = text;
        this.source = source;
        this.stopsSelfCare = stopsSelfCare;
    }

    /** In a rule folder's own words, the same in every language. */
    public Caution(String code, String region, String message, String source, boolean stopsSelfCare) {
        this(code, region, Text.literal(message), source, stopsSelfCare);
    }

    private static Text words(String code) {
        return Text.of("caution." + code);
    }

    /** A caution about the whole case that leaves self-care open, worded by {@code caution.CODE}. */
    public static Caution of(String code, String source) {
        return new Caution(code, null, words(code), source, false);
    }

    public static Caution of(String code, Text text, String source) {
        return new Caution(code, null, text, source, false);
    }

    /** A caution about the whole case that leaves self-care open. */
    public static Caution of(String code, String message, String source) {
        return new Caution(code, null, message, source, false);
    }

    /** A caution about the whole case that rules self-massage out, worded by {@code caution.CODE}. */
    public static Caution stoppingSelfCare(String code, String source) {
        return new Caution(code, null, words(code), source, true);
    }

    /** A caution about the whole case that rules self-massage out. */
    public static Caution stoppingSelfCare(String code, String message, String source) {
        return new Caution(code, null, message, source, true);
    }

    /** A caution about one candidate site, worded by {@code caution.CODE}. */
    public static Caution at(String code, String region, String source) {
        return new Caution(code, region, words(code), source, false);
    }

    /** A caution about one candidate site. */
    public static Caution at(String code, String region, String message, String source) {
        return new Caution(code, region, message, source, false);
    }

    public String getCode() { return code; }
    /** The candidate site it concerns, or null. */
    public String getRegion() { return region; }
    public Text getText() { return text; }
    public String getSource() { return source; }
    public boolean isStopsSelfCare() { return stopsSelfCare; }

    @Override
    public String describe() {
        return "caution " + code + (region == null ? "" : " at " + region) + (stopsSelfCare ? " (no self-massage)" : "");
    }
}
