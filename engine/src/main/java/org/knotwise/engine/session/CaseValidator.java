package org.knotwise.engine.session;

import org.knotwise.kb.EditDistance;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.Complaint;
import org.knotwise.engine.model.ErrorCode;
import org.knotwise.engine.model.History;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.engine.model.Spot;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Vocabulary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The contract's value checks (§1, §7.1): vocabularies and ranges, each error naming the field's path.
 * Type checks happen in the JSON reader; these apply to cases built in Java too.
 */
public final class CaseValidator {

    public static final Set<String> SIDES = Set.of("left", "right", "both", "midline");
    public static final Set<String> QUALITIES = Set.of("aching", "stiffness", "sharp", "burning", "tingling");
    /**
     * The contract's red-flag codes (§4, §8.5), in its order: the knowledge base's list, so that a code the
     * contract adds is accepted wherever the knowledge base knows it.
     */
    public static final Set<String> RED_FLAGS = Collections.unmodifiableSet(new LinkedHashSet<>(Vocabulary.RED_FLAGS));
    public static final Set<String> METHODS = Set.of("hold", "kneading", "other");
    /** The contract's tools: the same list the knowledge base's reach column is checked against. */
    public static final Set<String> TOOLS = Vocabulary.TOOLS;
    public static final Set<String> OUTCOMES = Set.of("better", "partial", "temporary", "same", "worse");
    public static final Set<String> PROFESSIONAL_STYLES = Set.of("none", "gentle", "brutal");
    /** How the pain began (§7.1). */
    public static final Set<String> ONSETS = Set.of("sudden", "gradual");
    public static final int MAX_AGE = 120;
    /** At most this many values are suggested for an unknown one. */
    private static final int MAX_SUGGESTIONS = 3;

    private final KnowledgeBase kb;

    public CaseValidator(KnowledgeBase kb) {
        this.kb = kb;
    }

    /** @throws InvalidCaseException on the first problem found, in field order */
    public void validate(Case c) {
        String id = c.id();
        if (id == null || id.isEmpty()) {
            fail(null, ErrorCode.MISSING_FIELD, "id", "a case needs a non-empty id");
        }
        Complaint complaint = c.complaint();
        if (complaint == null) {
            fail(id, ErrorCode.MISSING_FIELD, "complaint", "a case needs a complaint");
        }
        if (complaint.regions().isEmpty()) {
            fail(id, ErrorCode.MISSING_FIELD, "complaint.regions", "name at least one region where it hurts");
        }
        regions(id, "complaint.regions", complaint.regions());
        oneOf(id, "complaint.side", complaint.side(), SIDES);
        List<String> quality = complaint.quality();
        for (int i = 0; i < quality.size(); i++) {
            oneOf(id, "complaint.quality[" + i + "]", quality.get(i), QUALITIES);
        }
        between(id, "complaint.severity", complaint.severity(), 0, 10);
        atLeast(id, "complaint.durationDays", complaint.durationDays(), 0);
        oneOf(id, "complaint.onset", complaint.onset(), ONSETS);
        for (int i = 0; i < c.redFlags().size(); i++) {
            oneOf(id, "redFlags[" + i + "]", c.redFlags().get(i), RED_FLAGS);
        }
        for (int i = 0; i < c.spots().size(); i++) {
            Spot s = c.spots().get(i);
            String path = "spots[" + i + "].region";
            if (s.region() == null) {
                fail(id, ErrorCode.MISSING_FIELD, path, "each spot needs the region it is in");
            }
            region(id, path, s.region());
        }
        History h = c.history();
        if (h != null) {
            oneOf(id, "history.method", h.method(), METHODS);
            between(id, "history.intensity", h.intensity(), 1, 10);
            if (h.minutesPerSession() != null && !(h.minutesPerSession() > 0 && Double.isFinite(h.minutesPerSession()))) {
                fail(id, ErrorCode.OUT_OF_RANGE, "history.minutesPerSession",
                        "must be a finite number above 0, not " + h.minutesPerSession());
            }
            atLeast(id, "history.sessionsPerDay", h.sessionsPerDay(), 0);
            oneOf(id, "history.tool", h.tool(), TOOLS);
            atLeast(id, "history.days", h.days(), 0);
            oneOf(id, "history.outcome", h.outcome(), OUTCOMES);
            oneOf(id, "history.professionalStyle", h.professionalStyle(), PROFESSIONAL_STYLES);
        }
        between(id, "person.age", c.person().age(), 0, MAX_AGE);
    }

    private void regions(String id, String path, List<String> regions) {
        for (int i = 0; i < regions.size(); i++) {
            region(id, path + "[" + i + "]", regions.get(i));
        }
    }

    private void region(String id, String path, String region) {
        if (region == null || !kb.isRegion(region)) {
            List<String> close = region == null ? List.of() : kb.closestRegions(region);
            fail(id, ErrorCode.UNKNOWN_REGION, path, "'" + region + "' is not a body region"
                    + (close.isEmpty() ? "" : ": did you mean " + close.stream().map(r -> "'" + r + "'")
                            .collect(Collectors.joining(" or ")) + "?")
                    + " (region ids: docs/CASE-FORMAT.md)");
        }
    }

    private static void oneOf(String id, String path, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            List<String> close = closest(value, allowed);
            fail(id, ErrorCode.UNKNOWN_VALUE, path, "'" + value + "' is not one of " + allowed.stream().sorted().toList()
                    + (close.isEmpty() ? "" : ": did you mean " + close.stream().map(v -> "'" + v + "'")
                            .collect(Collectors.joining(" or ")) + "?"));
        }
    }

    /**
     * The allowed values nearest to one that is not allowed, for "did you mean", sorted; the first rule that
     * finds anything wins: the same value once case, spaces, hyphens and underscores are set aside
     * ({@code Stiff Neck}); values that contain the input or start it ({@code vomit}, {@code blood});
     * values within a few edits ({@code shortness-of-breth}). Empty when nothing is close.
     */
    static List<String> closest(String value, Set<String> allowed) {
        String typed = squash(value);
        if (typed.isEmpty()) {
            return List.of();
        }
        List<String> sorted = allowed.stream().sorted().toList();
        List<String> exact = sorted.stream().filter(v -> squash(v).equals(typed)).toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        List<String> containing = typed.length() < 4 ? List.of()
                : sorted.stream().filter(v -> squash(v).contains(typed) || typed.startsWith(squash(v))).toList();
        if (!containing.isEmpty()) {
            return containing.subList(0, Math.min(MAX_SUGGESTIONS, containing.size()));
        }
        int best = Integer.MAX_VALUE;
        List<String> nearest = new ArrayList<>();
        for (String v : sorted) {
            int d = EditDistance.between(typed, squash(v));
            if (d < best) {
                best = d;
                nearest.clear();
            }
            if (d == best) {
                nearest.add(v);
            }
        }
        return best <= Math.max(2, typed.length() / 4) ? nearest.subList(0, Math.min(MAX_SUGGESTIONS, nearest.size()))
                : List.of();
    }

    /** Lower case, letters and digits only: "Stiff Neck" and "stiff-neck" both become "stiffneck". */
    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static void between(String id, String path, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            fail(id, ErrorCode.OUT_OF_RANGE, path, "must be " + min + " to " + max + ", not " + value);
        }
    }

    private static void atLeast(String id, String path, Integer value, int min) {
        if (value != null && value < min) {
            fail(id, ErrorCode.OUT_OF_RANGE, path, "must be at least " + min + ", not " + value);
        }
    }

    private static void fail(String id, ErrorCode code, String field, String message) {
        throw new InvalidCaseException(id, new CaseError(code, field, message));
    }
}
