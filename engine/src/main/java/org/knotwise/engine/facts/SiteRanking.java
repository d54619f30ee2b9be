package org.knotwise.engine.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which the article explores: first the pressed spots that count, then the painful area
 * itself, then the map's sites, usually toward the centre. Within each tier (contract §8.1): higher
 * confidence first, then fewer steps from the pain the site relates to (from the epicentre outward)
 * and, at the same distance, a site toward the centre before one farther out; then sites that are
 * easy to reach before deep ones, the map's order and the knowledge base's order of regions. It is one
 * total order for the whole case, so the ranking never depends on the order rules fired in.
 */
public final class SiteRanking {
    private static final List<String> TIERS = List.of(Candidate.PALPATED, Candidate.AREA, Candidate.REFERRAL);
    private static final List<String> CONFIDENCE = List.of("high", "medium", "low");

    public static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingInt((Candidate c) -> indexIn(TIERS, c.getBasis()))
            .thenComparingInt(c -> indexIn(CONFIDENCE, c.getConfidence()))
            .thenComparingInt(c -> Math.abs(c.getStepsTowardCentre()))
            .thenComparing(c -> c.getStepsTowardCentre() <= 0)
            .thenComparing(Candidate::isHardToReach)
            .thenComparingInt(Candidate::getMapRank)
            .thenComparingInt(Candidate::getRegionOrder)
            .thenComparing(Candidate::getRegion);

    private SiteRanking() {
    }

    /** The candidates, best first. */
    public static List<Candidate> bestFirst(Collection<?> candidates) {
        List<Candidate> ranked = new ArrayList<>();
        for (Object o : candidates) {
            ranked.add((Candidate) o);
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    private static int indexIn(List<String> order, String value) {
        int i = order.indexOf(value);
        return i < 0 ? order.size() : i;
    }
}
