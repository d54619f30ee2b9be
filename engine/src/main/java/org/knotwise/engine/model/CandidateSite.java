package org.knotwise.engine.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * A place where the trigger points probably are, ranked best first in the assessment.
 *
 * @param basis    palpated (a pressed spot supports it), referral (the referred-pain map proposes it)
 *                 or area (the painful area itself, to search around)
 * @param relatesTo the pain region (one of the complaint's) this site explains, contract v2 §7.2
 * @param stepsTowardCentre steps from {@code relatesTo}: 0 only at that region itself
 * @param score    evidence points, for the explanation; the ranking follows basis, confidence and steps
 * @param evidence what earned those points, in words
 * @param rules    ids of the rules that proposed or strengthened it
 */
@JsonPropertyOrder({"region", "muscles", "basis", "confidence", "relatesTo", "stepsTowardCentre", "score",
        "evidence", "rules"})
public record CandidateSite(String region, List<String> muscles, String basis, String confidence, String relatesTo,
                            int stepsTowardCentre, int score, List<String> evidence, List<String> rules) {
}
