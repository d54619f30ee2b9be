package org.knotwise.kb;

/**
 * One referred-pain pattern: trigger points in {@code muscle}, sitting in {@code triggerRegion},
 * commonly refer pain to {@code painRegion}.
 *
 * @param stepsTowardCentre how many steps the trigger region lies toward the centre from the pain
 *                          (negative when it lies farther out); computed from the region tree
 * @param rank              position among the rows for the same pain region, 0 = most likely
 * @param line              the line of referrals.csv it came from
 */
public record Referral(String painRegion, String muscle, String triggerRegion, String source,
                       int stepsTowardCentre, int rank, int line) {
}
