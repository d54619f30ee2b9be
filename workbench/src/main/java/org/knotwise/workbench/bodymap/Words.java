package org.knotwise.workbench.bodymap;

import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Technique;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An assessment's codes and numbers in plain words, for the body-map report and the text report. */
public final class Words {
    static final Map<String, String> EXCLUSIONS = Map.of(
            "NOT_TENDER", "not tender, so not a trigger point",
            "NOT_RELEVANT", "tender, but it does not feel related to the complaint",
            "BUMP_ONLY", "only a bump or twitch, which is no evidence",
            "FAR_FROM_PAIN", "tender, but elsewhere in the body and linked to nothing that hurts");

    private Words() {
    }

    public static String region(String id) {
        return id == null ? "" : id.replace('-', ' ');
    }

    static String exclusion(String reason) {
        return EXCLUSIONS.getOrDefault(reason, reason);
    }

    public static String basis(String basis) {
        return switch (basis == null ? "" : basis) {
            case "palpated" -> "a spot you pressed";
            case "referral" -> "known to refer pain there";
            case "area" -> "search around the pain";
            default -> String.valueOf(basis);
        };
    }

    /**
     * Where a site lies from the pain it explains (contract §8.1): "at the pain" only for that region
     * itself, "beside the pain" for another region as far from the centre, else steps toward the centre
     * or farther out.
     */
    public static String steps(int steps, String relatesTo, String region) {
        String pain = relatesTo == null ? "the pain" : "the " + region(relatesTo) + " pain";
        if (steps == 0) {
            boolean itself = region == null || region.equals(relatesTo);
            return itself ? "at the pain" : "beside the pain" + (relatesTo == null ? "" : " at the " + region(relatesTo));
        }
        String n = Math.abs(steps) + " step" + (Math.abs(steps) == 1 ? "" : "s");
        return steps > 0 ? n + " toward the centre from " + pain : n + " farther out than " + pain;
    }

    static String site(CandidateSite s) {
        String muscles = s.muscles().isEmpty() ? "" : " (" + String.join(", ", s.muscles()) + ")";
        return region(s.region()) + muscles + ": " + basis(s.basis()) + ", " + s.confidence() + " confidence, "
                + steps(s.stepsTowardCentre(), s.relatesTo(), s.region());
    }

    /** How to rub, one sentence a line. */
    static List<String> plan(Technique t) {
        List<String> out = new ArrayList<>();
        if ("KNEADING".equals(t.method())) {
            out.add("Knead with small strokes" + ("PARALLEL_TO_FIBRES".equals(t.strokes())
                    ? " along the muscle fibres" : ", circular or back and forth")
                    + range("; or press and hold for ", t.holdSeconds(), " seconds") + ".");
        } else {
            out.add(range("Press and hold for ", t.holdSeconds(), " seconds")
                    + ", or use small circular or back-and-forth strokes.");
        }
        if (t.fibreDirection() != null) {
            out.add("Which way the fibres run: " + t.fibreDirection() + ".");
        }
        out.add(range("Press ", t.intensity(), " out of 10") + (t.startGentle() ? ", gently at first" : "")
                + ": satisfying, never brutal.");
        if (t.lightPressure()) {
            out.add("Also add light strokes: gently tug the skin to and fro over the spot.");
        }
        if (t.sessionSeconds() != null) {
            out.add("Start with sessions of " + t.sessionSeconds().start() + " seconds, up to about "
                    + Math.max(1, t.sessionSeconds().max() / 60) + " minutes at most.");
        }
        out.add(range("Repeat ", t.sessionsPerDay(), " times a day") + ".");
        if (t.tools() != null && !t.tools().isEmpty()) {
            out.add("Rub with: " + String.join(", ", t.tools()).replace('-', ' ') + ".");
        }
        return out;
    }

    private static String range(String before, org.knotwise.engine.model.Range r, String after) {
        if (r == null) {
            return before.strip();
        }
        return before + (r.min() == r.max() ? String.valueOf(r.min()) : r.min() + " to " + r.max()) + after;
    }
}
