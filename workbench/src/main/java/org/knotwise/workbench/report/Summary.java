package org.knotwise.workbench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The sums of a batch's output, built one line at a time in bounded memory: counters per key
 * ({@link Tally}, capped), the first few line numbers per error code, and nothing per case.
 * Not thread-safe.
 */
public final class Summary implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** The urgency scale of contract v2, lowest first. */
    public static final List<String> URGENCY_ORDER = List.of("none", "routine", "urgent", "emergency");
    public static final List<String> CONFIDENCE_ORDER = List.of("high", "medium", "low");
    static final String NOT_STATED = "(not stated)";

    /** Distinct keys kept per count: far above the vocabulary (about 40 regions, a few dozen codes). */
    static final int MAX_KEYS = 500;
    static final int MAX_RELATED = 64;
    static final int LINES_KEPT = 5;

    private long lines;
    private long assessed;
    private long unreadable;
    private final List<Long> firstUnreadable = new ArrayList<>(LINES_KEPT);
    private final ErrorCodes errors = new ErrorCodes(MAX_KEYS, LINES_KEPT);
    private final Tally outcomes = new Tally(16);
    private final Tally urgency = new Tally(16);
    private final Tally professionalReasons = new Tally(MAX_KEYS);
    private final Tally topSites = new Tally(MAX_KEYS);
    private final Map<String, Tally> relatesTo = new HashMap<>();
    private final Tally confidence = new Tally(16);
    private final Tally cautions = new Tally(MAX_KEYS);
    private final Tally adjustments = new Tally(MAX_KEYS);
    private final Tally failureReasons = new Tally(MAX_KEYS);
    private long withSite;
    private long withRelatesTo;
    private long withCautionsField;
    private final Breakdown byRegion;
    private final Breakdown bySeverity;

    /** @param withInput whether the cases come with their input (for the breakdowns) */
    public Summary(boolean withInput) {
        this.byRegion = withInput ? new Breakdown(MAX_KEYS) : null;
        this.bySeverity = withInput ? new Breakdown(64) : null;
    }

    /** Counts an output line that could not be read as an assessment or an error line. */
    public void addUnreadable(long line) {
        lines++;
        unreadable++;
        if (firstUnreadable.size() < LINES_KEPT) {
            firstUnreadable.add(line);
        }
    }

    /**
     * Counts one output line.
     *
     * @param line  its line number in the output (the input's line number, for JSON Lines input)
     * @param input the case it came from, or null without input
     */
    public void add(long line, OutputFacts a, CaseFacts input) {
        lines++;
        if (input != null && byRegion != null) {
            for (String region : input.painRegions()) {
                byRegion.add(region, a);
            }
            bySeverity.add(input.severity(), a);
        }
        if (a.isError()) {
            errors.add(a.errorCode(), a.lineField() > 0 ? a.lineField() : line);
            return;
        }
        assessed++;
        outcomes.add(Outcome.of(a).key());
        urgency.add(urgencyKey(a));
        new LinkedHashSet<>(a.professionalReasons()).forEach(professionalReasons::add);
        if (a.topSite() != null) {
            withSite++;
            OutputFacts.Site site = a.topSite();
            if (topSites.add(site.region())) {
                if (site.relatesTo() != null) {
                    withRelatesTo++;
                }
                relatesTo.computeIfAbsent(site.region(), r -> new Tally(MAX_RELATED))
                        .add(site.relatesTo() == null ? NOT_STATED : site.relatesTo());
            }
            confidence.add(site.confidence() == null ? NOT_STATED : site.confidence());
        }
        if (a.hasCautions()) {
            withCautionsField++;
        }
        // A case counts once per code, however many sites a code was raised for.
        new LinkedHashSet<>(a.cautions()).forEach(cautions::add);
        new LinkedHashSet<>(a.adjustments()).forEach(adjustments::add);
        new LinkedHashSet<>(a.failureReasons()).forEach(failureReasons::add);
    }

    /**
     * Adds the sums of another part of the same output (Spark sums each partition apart). The
     * result is the summary of both parts, whatever the order of merging.
     */
    public Summary merge(Summary other) {
        if (hasInput() != other.hasInput()) {
            throw new IllegalArgumentException("cannot merge a summary with input into one without");
        }
        lines += other.lines;
        assessed += other.assessed;
        unreadable += other.unreadable;
        firstUnreadable.addAll(other.firstUnreadable);
        firstUnreadable.sort(null);
        firstUnreadable.subList(Math.min(LINES_KEPT, firstUnreadable.size()), firstUnreadable.size()).clear();
        errors.merge(other.errors);
        outcomes.merge(other.outcomes);
        urgency.merge(other.urgency);
        professionalReasons.merge(other.professionalReasons);
        for (Map.Entry<String, Long> site : other.topSites.byCount()) {
            if (topSites.add(site.getKey(), site.getValue())) {
                relatesTo.computeIfAbsent(site.getKey(), r -> new Tally(MAX_RELATED)).merge(other.relatesTo(site.getKey()));
            }
        }
        topSites.addOthers(other.topSites.others());
        confidence.merge(other.confidence);
        cautions.merge(other.cautions);
        adjustments.merge(other.adjustments);
        failureReasons.merge(other.failureReasons);
        withSite += other.withSite;
        withRelatesTo += other.withRelatesTo;
        withCautionsField += other.withCautionsField;
        if (byRegion != null) {
            byRegion.merge(other.byRegion);
            bySeverity.merge(other.bySeverity);
        }
        return this;
    }

    static String urgencyKey(OutputFacts a) {
        return a.urgency() == null ? NOT_STATED : a.urgency();
    }

    public long lines() {
        return lines;
    }

    public long assessed() {
        return assessed;
    }

    public long errorLines() {
        return errors.counts().total();
    }

    public long unreadable() {
        return unreadable;
    }

    public List<Long> firstUnreadable() {
        return List.copyOf(firstUnreadable);
    }

    public ErrorCodes errors() {
        return errors;
    }

    public Tally outcomes() {
        return outcomes;
    }

    public Tally urgency() {
        return urgency;
    }

    public Tally professionalReasons() {
        return professionalReasons;
    }

    /** The best-ranked site of each assessment that has one. */
    public Tally topSites() {
        return topSites;
    }

    /** For a top site, the pain regions it relates to ({@code relatesTo}, contract v2). */
    public Tally relatesTo(String site) {
        return relatesTo.getOrDefault(site, new Tally(1));
    }

    /** The confidence of each top site. */
    public Tally confidence() {
        return confidence;
    }

    public Tally cautions() {
        return cautions;
    }

    public Tally adjustments() {
        return adjustments;
    }

    public Tally failureReasons() {
        return failureReasons;
    }

    public long withSite() {
        return withSite;
    }

    /** Assessments whose top site names {@code relatesTo}: 0 for output written before contract v2. */
    public long withRelatesTo() {
        return withRelatesTo;
    }

    /** Assessments with a {@code cautions} field: 0 for output written before contract v2. */
    public long withCautionsField() {
        return withCautionsField;
    }

    public boolean hasInput() {
        return byRegion != null;
    }

    /** Each case counted once per distinct pain region it names; null without input. */
    public Breakdown byRegion() {
        return byRegion;
    }

    public Breakdown bySeverity() {
        return bySeverity;
    }
}
