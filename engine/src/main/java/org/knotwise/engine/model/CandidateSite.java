package org.knotwise.engine.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A place where the trigger points probably are, ranked best first in the assessment.
 *
 * @param basis     palpated (a pressed spot supports it), referral (the referred-pain map proposes it)
 *                  or area (no map entry: search around the pain)
 * @param relatesTo the pain region it explains, from which {@code stepsTowardCentre} is counted (§7.2);
 *                  null when the rules did not say
 * @param score     the evidence points behind its rank
 * @param evidence  what earned those points, in words
 * @param rules     ids of the rules that proposed or strengthened it
 */
@JsonPropertyOrder({"region", "muscles", "basis", "confidence", "relatesTo", "stepsTowardCentre", "score",
        "evidence", "rules"})
public record CandidateSite(String region, List<String> muscles, String basis, String confidence, String relatesTo,
                            int stepsTowardCentre, int score, List<String> evidence, List<String> rules) {

    /** A site whose pain region is not named. */
    public CandidateSite(String region, List<String> muscles, String basis, String confidence,
                         int stepsTowardCentre, int score, List<String> evidence, List<String> rules) {
        this(region, muscles, basis, confidence, null, stepsTowardCentre, score, evidence, rules);
    }
}
