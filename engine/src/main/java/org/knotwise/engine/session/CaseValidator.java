package org.knotwise.engine.session;

import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.Complaint;
import org.knotwise.engine.model.ErrorCode;
import org.knotwise.engine.model.History;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.engine.model.Spot;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Vocabulary;

import java.util.List;
import java.util.Set;

/**
 * The contract's value checks (§1, §7.1): vocabularies and ranges, each error naming the field's path.
 * Type checks happen in the JSON reader; these apply to cases built in Java too.
 */
public final class CaseValidator {

    public static final Set<String> SIDES = Set.of("left", "right", "both", "midline");
    public static final Set<String> QUALITIES = Set.of("aching", "stiffness", "sharp", "burning", "tingling");
    public static final Set<String> RED_FLAGS = Set.of("numbness-or-weakness", "bowel-or-bladder-change",
            "saddle-numbness", "fever", "unexplained-weight-loss", "recent-trauma", "night-pain", "chest-pain",
            "cancer-history", "rapidly-worsening");
    public static final Set<String> METHODS = Set.of("hold", "kneading", "other");
    /** The contract's tools: the same list the knowledge base's reach column is checked against. */
    public static final Set<String> TOOLS = Vocabulary.TOOLS;
    public static final Set<String> OUTCOMES = Set.of("better", "partial", "temporary", "same", "worse");
    public static final Set<String> PROFESSIONAL_STYLES = Set.of("none", "gentle", "brutal");
    /** How the pain began (§7.1). */
    public static final Set<String> ONSETS = Set.of("sudden", "gradual");
    public static final int MAX_AGE = 120;

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
                            .collect(java.util.stream.Collectors.joining(" or ")) + "?")
                    + " (region ids: docs/CASE-FORMAT.md)");
        }
    }

    private static void oneOf(String id, String path, String value, Set<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            fail(id, ErrorCode.UNKNOWN_VALUE, path, "'" + value + "' is not one of " + allowed.stream().sorted().toList());
        }
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
