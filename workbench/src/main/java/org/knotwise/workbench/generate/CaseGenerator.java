package org.knotwise.workbench.generate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.knotwise.engine.session.CaseValidator;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Case;
import org.knotwise.kb.Vocabulary;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes realistic cases across the whole vocabulary, deterministically from a seed, with a chosen
 * share of bad lines (one of each kind of contract error, plus malformed and truncated JSON).
 * Not thread-safe: use one generator per thread.
 */
public final class CaseGenerator {
    private static final List<String> REGIONS = Vocabulary.REGIONS;
    private static final List<String> RED_FLAGS = sorted(CaseValidator.RED_FLAGS);
    private static final List<String> SIDES = sorted(CaseValidator.SIDES);
    private static final List<String> QUALITIES = sorted(CaseValidator.QUALITIES);
    private static final List<String> METHODS = sorted(CaseValidator.METHODS);
    private static final List<String> TOOLS = sorted(CaseValidator.TOOLS);
    private static final List<String> OUTCOMES = sorted(CaseValidator.OUTCOMES);
    private static final List<String> STYLES = sorted(CaseValidator.PROFESSIONAL_STYLES);

    private final SplittableRandom random;
    /**
     * Draws the contract's version 2 inputs (onset, swelling, person) from a stream of their own, so a
     * seed still gives the same version 1 fields as before they were added.
     */
    private final SplittableRandom v2Random;
    private static final long V2_STREAM = 0x9E3779B97F4A7C15L;
    private static final List<String> ONSETS = sorted(CaseValidator.ONSETS);
    private final double badLineShare;
    private long count;

    /** Valid cases only. */
    public CaseGenerator(long seed) {
        this(seed, 0.0);
    }

    /** @param badLineShare the share of lines, 0 to 1, that break the contract */
    public CaseGenerator(long seed, double badLineShare) {
        if (!(badLineShare >= 0 && badLineShare <= 1)) { // NaN too
            throw new IllegalArgumentException("the share of bad lines must be 0 to 1, not " + badLineShare);
        }
        this.random = new SplittableRandom(seed);
        this.v2Random = new SplittableRandom(seed ^ V2_STREAM);
        this.badLineShare = badLineShare;
    }

    /** The next line: a valid case, or (with the chosen share) a bad one. Ids are unique per generator. */
    public String nextLine() {
        ObjectNode c = nextCaseNode();
        if (badLineShare > 0 && random.nextDouble() < badLineShare) {
            return spoil(c);
        }
        return c.toString();
    }

    /** The next valid case. */
    public Case nextCase() {
        return KnotwiseJson.readCase(nextCaseNode());
    }

    /** The next valid case as a JSON object. */
    public ObjectNode nextCaseNode() {
        ObjectNode c = KnotwiseJson.mapper().createObjectNode();
        c.put("id", "gen-" + (++count));
        ObjectNode complaint = c.putObject("complaint");
        String pain = pick(REGIONS);
        ArrayNode regions = complaint.putArray("regions").add(pain);
        if (chance(0.15)) {
            regions.add(pick(REGIONS));
        }
        if (chance(0.7)) complaint.put("side", pick(SIDES));
        if (chance(0.6)) complaint.putArray("quality").add(pick(QUALITIES));
        if (chance(0.7)) complaint.put("severity", random.nextInt(11));
        if (chance(0.6)) complaint.put("durationDays", random.nextInt(400));
        if (v2Chance(0.3)) complaint.put("onset", ONSETS.get(v2Random.nextInt(ONSETS.size())));
        if (v2Chance(0.2)) complaint.put("swelling", v2Chance(0.3));
        ArrayNode flags = c.putArray("redFlags");
        if (chance(0.08)) {
            flags.add(pick(RED_FLAGS));
        }
        if (chance(0.7)) {
            ArrayNode spots = c.putArray("spots");
            int n = 1 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                ObjectNode s = spots.addObject();
                s.put("region", chance(0.5) ? pain : pick(REGIONS));
                s.put("tender", chance(0.7));
                if (chance(0.7)) s.put("goodPain", chance(0.5));
                if (chance(0.7)) s.put("relevant", chance(0.6));
                if (chance(0.2)) s.put("bumpOrTwitch", true);
                if (chance(0.2)) s.put("fibreDirectionKnown", true);
            }
        }
        if (chance(0.6)) {
            ObjectNode h = c.putObject("history");
            if (chance(0.8)) h.put("method", pick(METHODS));
            if (chance(0.8)) h.put("intensity", 1 + random.nextInt(10));
            if (chance(0.7)) h.put("minutesPerSession", 0.5 * (1 + random.nextInt(20)));
            if (chance(0.8)) h.put("sessionsPerDay", random.nextInt(10));
            if (chance(0.7)) h.put("tool", pick(TOOLS));
            if (chance(0.7)) h.put("lightPressure", chance(0.5));
            if (chance(0.8)) h.put("days", random.nextInt(60));
            if (chance(0.8)) h.put("outcome", pick(OUTCOMES));
            if (chance(0.5)) h.put("negativeReactions", chance(0.2));
            if (chance(0.3)) h.put("professionalStyle", pick(STYLES));
        }
        if (v2Chance(0.4)) {
            ObjectNode person = c.putObject("person");
            if (v2Chance(0.8)) person.put("age", 16 + v2Random.nextInt(75));
            if (v2Chance(0.5)) person.put("anticoagulants", v2Chance(0.1));
            if (v2Chance(0.4)) person.put("pregnant", v2Chance(0.1));
        }
        return c;
    }

    /** Breaks a valid case in one of the ways the contract names. */
    private String spoil(ObjectNode c) {
        ObjectNode complaint = (ObjectNode) c.get("complaint");
        int kind = random.nextInt(8);
        if (kind == 7 && count == 1) {
            kind = 1; // the first line has nothing to duplicate
        }
        switch (kind) {
            case 0 -> { return c.toString().substring(0, c.toString().length() / 2); }  // truncated: MALFORMED_JSON
            case 1 -> { return "this is not json " + count; }                            // MALFORMED_JSON
            case 2 -> ((ArrayNode) complaint.get("regions")).set(0, "elbow-middle");      // UNKNOWN_REGION
            case 3 -> complaint.put("severity", 11 + random.nextInt(100));                // OUT_OF_RANGE
            case 4 -> complaint.put("severity", "high");                                  // WRONG_TYPE
            case 5 -> c.remove("complaint");                                              // MISSING_FIELD
            case 6 -> c.putArray("redFlags").add("dizziness");                            // UNKNOWN_VALUE
            default -> c.put("id", "gen-1");                                               // DUPLICATE_ID of line 1
        }
        return c.toString();
    }

    private boolean v2Chance(double p) {
        return v2Random.nextDouble() < p;
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> sorted(java.util.Set<String> values) {
        return values.stream().sorted().toList();
    }
}
