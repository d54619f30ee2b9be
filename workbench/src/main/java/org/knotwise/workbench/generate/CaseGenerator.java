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
 * Contract version 3's inputs are there too: its red flags as rarely as the others, children now and
 * then, and a few cases in every pattern of §8.3 (see {@link Pattern}).
 * Not thread-safe: use one generator per thread.
 */
public final class CaseGenerator {
    private static final List<String> REGIONS = Vocabulary.REGIONS;
    /** The red flags that contract version 3 added (§8.5), drawn from a stream of their own. */
    static final List<String> V3_RED_FLAGS = List.of("shortness-of-breath", "fainting", "confusion", "stiff-neck",
            "vision-change", "vomiting", "blood-in-stool-vomit-or-urine", "rash");
    /** The red flags of versions 1 and 2, drawn as before version 3. */
    private static final List<String> RED_FLAGS = CaseValidator.RED_FLAGS.stream()
            .filter(f -> !V3_RED_FLAGS.contains(f)).sorted().toList();
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
    /**
     * Draws what contract version 3 made matter (its red flags, children, the patterns of §8.3) from a third
     * stream, so a seed still gives the same version 1 and 2 draws; a case it steers into a pattern has the
     * pattern's fields set over them.
     */
    private final SplittableRandom v3Random;
    private static final long V3_STREAM = 0xC2B2AE3D27D4EB4FL;
    /** Of the cases with a red flag, the share whose flag is one of version 3's (8 of the 18 codes). */
    private static final double V3_FLAG_SHARE = 8.0 / 18;
    /** Of the cases with an age, the share of children (§8.5: under 12). */
    private static final double CHILD_SHARE = 0.03;
    /** The share of cases steered into one of the {@link Pattern}s. */
    private static final double PATTERN_SHARE = 0.06;

    /**
     * The patterns of contract §8.3 (and §8.5's children) a case is steered into: each sets the fields that
     * reach its row, and some of its sharper variants (the emergencies, the urgent pregnancy check).
     */
    enum Pattern { HEART_SIGNS, CLOT_SWELLING, CLOT_SUDDEN, SUDDEN_SEVERE, SUDDEN_ABDOMINAL, PREGNANCY_CHECK,
        INFLAMED_AREA, BACK_PAIN_AGE, NEAR_VESSELS, CHILD }

    private static final List<Pattern> PATTERNS = List.of(Pattern.values());
    /** Where chest pain that started suddenly is an emergency beside it (§8.3, HEART_SIGNS). */
    private static final List<String> HEART_RADIATION = List.of("shoulder-front", "shoulder-top", "upper-arm-front",
            "upper-arm-back", "jaw", "neck-side", "neck-back", "upper-back");
    /** The regions of the leg limb. */
    private static final List<String> LEG = List.of("thigh-front", "thigh-back", "thigh-outer", "thigh-inner",
            "knee-front", "knee-back", "shin", "calf", "ankle", "heel", "sole", "top-of-foot");
    /** Where sudden pain can be a clot (§8.3, POSSIBLE_CLOT). */
    private static final List<String> CLOT_SITES = List.of("calf", "knee-back", "thigh-back", "thigh-inner");
    private static final List<String> HEAD = List.of("forehead", "temple", "back-of-head");
    private static final List<String> NOT_LEG = REGIONS.stream().filter(r -> !LEG.contains(r)).toList();
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
        this.v3Random = new SplittableRandom(seed ^ V3_STREAM);
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
        addVersionThree(c);
        return c;
    }

    /** Version 3's red flags (as rare as the others), children (rarely), and now and then a §8.3 pattern. */
    private void addVersionThree(ObjectNode c) {
        ArrayNode flags = (ArrayNode) c.get("redFlags");
        if (!flags.isEmpty() && v3Chance(V3_FLAG_SHARE)) {
            String flag = v3Pick(V3_RED_FLAGS);
            flags.set(0, flag);
            if (flag.equals("stiff-neck") && v3Chance(0.3)) {
                flags.add("fever"); // an emergency together (§8.5)
            }
        }
        ObjectNode person = (ObjectNode) c.get("person");
        if (person != null && person.has("age") && v3Chance(CHILD_SHARE)) {
            makeChild(person);
        }
        if (v3Chance(PATTERN_SHARE)) {
            steer(c, v3Pick(PATTERNS));
        }
    }

    /** Sets the fields that reach the pattern's row of §8.3 (or §8.5's children), over what was drawn. */
    private void steer(ObjectNode c, Pattern pattern) {
        ObjectNode complaint = (ObjectNode) c.get("complaint");
        ArrayNode regions = (ArrayNode) complaint.get("regions");
        switch (pattern) {
            case HEART_SIGNS -> {
                regions.set(0, "chest");
                complaint.put("onset", "sudden");
                if (v3Chance(0.4)) setSecond(regions, v3Pick(HEART_RADIATION));
                if (v3Chance(0.3)) complaint.put("severity", 8 + v3Random.nextInt(3));
            }
            case CLOT_SWELLING -> {
                regions.set(0, v3Pick(LEG));
                complaint.put("swelling", true);
                if (v3Chance(0.25)) setSecond(regions, "chest"); // with chest pain: an emergency
            }
            case CLOT_SUDDEN -> {
                regions.set(0, v3Pick(CLOT_SITES));
                complaint.put("onset", "sudden");
                if (v3Chance(0.25)) ((ArrayNode) c.get("redFlags")).removeAll().add("chest-pain");
            }
            case SUDDEN_SEVERE -> {
                complaint.put("onset", "sudden");
                complaint.put("severity", 8 + v3Random.nextInt(3));
                if (v3Chance(0.5)) regions.set(0, v3Pick(HEAD)); // a sudden, severe headache
            }
            case SUDDEN_ABDOMINAL -> {
                regions.set(0, "abdomen");
                complaint.put("onset", "sudden");
            }
            case PREGNANCY_CHECK -> {
                regions.set(0, v3Chance(0.5) ? "abdomen" : "groin");
                ObjectNode person = person(c);
                person.put("pregnant", true);
                if (!person.has("age") || person.get("age").asInt() < 16 || person.get("age").asInt() > 45) {
                    person.put("age", 18 + v3Random.nextInt(27));
                }
                if (v3Chance(0.5)) { // urgent: sudden, or severe
                    if (v3Chance(0.5)) complaint.put("onset", "sudden");
                    else complaint.put("severity", 7 + v3Random.nextInt(4));
                } else {
                    complaint.put("onset", "gradual");
                    complaint.put("severity", v3Random.nextInt(7));
                }
            }
            case INFLAMED_AREA -> {
                regions.set(0, v3Pick(NOT_LEG));
                complaint.put("swelling", true);
            }
            case BACK_PAIN_AGE -> {
                regions.set(0, v3Chance(0.5) ? "low-back" : "mid-back");
                ObjectNode person = person(c);
                person.put("age", v3Chance(0.4) ? 12 + v3Random.nextInt(8) : 50 + v3Random.nextInt(41));
                person.remove("pregnant");
                if (v3Chance(0.7)) complaint.put("durationDays", v3Random.nextInt(42));
                else complaint.remove("durationDays");
            }
            case NEAR_VESSELS -> {
                String site = v3Chance(0.5) ? "knee-back" : "groin";
                if (v3Chance(0.5)) {
                    regions.set(0, site);
                } else {
                    ArrayNode spots = c.has("spots") ? (ArrayNode) c.get("spots") : c.putArray("spots");
                    spots.addObject().put("region", site).put("tender", true).put("goodPain", true).put("relevant", true);
                }
            }
            case CHILD -> {
                makeChild(person(c));
                if (v3Chance(0.5)) regions.set(0, "abdomen"); // a child's belly pain: urgent
            }
        }
    }

    /** Under 12 (§8.5), and never pregnant. */
    private void makeChild(ObjectNode person) {
        person.put("age", 1 + v3Random.nextInt(11));
        person.remove("pregnant");
    }

    private static ObjectNode person(ObjectNode c) {
        return c.has("person") ? (ObjectNode) c.get("person") : c.putObject("person");
    }

    /** Makes {@code region} the second pain region, unless it is already the first. */
    private static void setSecond(ArrayNode regions, String region) {
        if (regions.get(0).asText().equals(region)) {
            return;
        }
        if (regions.size() > 1) {
            regions.set(1, region);
        } else {
            regions.add(region);
        }
    }

    private boolean v3Chance(double p) {
        return v3Random.nextDouble() < p;
    }

    private <T> T v3Pick(List<T> values) {
        return values.get(v3Random.nextInt(values.size()));
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
