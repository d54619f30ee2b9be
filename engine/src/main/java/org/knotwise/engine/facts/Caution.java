package org.knotwise.engine.facts;

/**
 * A safety caution a rule concluded (contract §7.6), with the public guidance it rests on. Other rules
 * react to the caution rather than to its trigger, so each trigger is written once. When
 * {@code stopsSelfCare} is true the engine's safety net gives no plan, whatever other rules made.
 */
public class Caution implements Describable {
    private final String code;
    private final String region;
    private final String message;
    private final String source;
    private final boolean stopsSelfCare;

    public Caution(String code, String region, String message, String source, boolean stopsSelfCare) {
        this.code = code;
        this.region = region;
        this.message = message;
        this.source = source;
        this.stopsSelfCare = stopsSelfCare;
    }

    /** A caution about the whole case that leaves self-care open. */
    public static Caution of(String code, String message, String source) {
        return new Caution(code, null, message, source, false);
    }

    /** A caution about the whole case that rules self-massage out. */
    public static Caution stoppingSelfCare(String code, String message, String source) {
        return new Caution(code, null, message, source, true);
    }

    /** A caution about one candidate site. */
    public static Caution at(String code, String region, String message, String source) {
        return new Caution(code, region, message, source, false);
    }

    public String getCode() { return code; }
    /** The candidate site it concerns, or null. */
    public String getRegion() { return region; }
    public String getMessage() { return message; }
    public String getSource() { return source; }
    public boolean isStopsSelfCare() { return stopsSelfCare; }

    @Override
    public String describe() {
        return "caution " + code + (region == null ? "" : " at " + region) + (stopsSelfCare ? " (no self-massage)" : "");
    }
}
