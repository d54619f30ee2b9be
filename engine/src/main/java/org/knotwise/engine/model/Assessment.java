package org.knotwise.engine.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** The engine's answer for one case (contract §2). Field order is the JSON order. */
@JsonPropertyOrder({"id", "selfCare", "candidateSites", "excludedSpots", "technique", "adjustments",
        "failureReasons", "professional", "expectations", "tips", "explanation"})
public record Assessment(String id, boolean selfCare, List<CandidateSite> candidateSites,
                         List<ExcludedSpot> excludedSpots, Technique technique, List<Coded> adjustments,
                         List<Coded> failureReasons, Professional professional, List<String> expectations,
                         List<String> tips, List<ExplanationStep> explanation) {

    /** The codes of the adjustments, in order. */
    public List<String> adjustmentCodes() {
        return adjustments.stream().map(Coded::code).toList();
    }

    /** The codes of the failure reasons, in order. */
    public List<String> failureCodes() {
        return failureReasons.stream().map(Coded::code).toList();
    }
}
