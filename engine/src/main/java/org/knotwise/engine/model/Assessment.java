package org.knotwise.engine.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The engine's answer for one case (contract §2, §7). Field order is the JSON order.
 *
 * @param tips     practical tips on searching and rubbing, with a plan
 * @param cautions safety cautions (§7.6), empty when none
 * @param warnings what was read past in the case (unknown fields), empty when none
 * @param ruleBase which rules answered (§7.8); null only for assessments built outside the engine
 * @param language the language of the texts, only when the caller asked for one (else null, and absent
 *                 from the JSON: the texts are English)
 */
@JsonPropertyOrder({"id", "language", "selfCare", "cautions", "candidateSites", "excludedSpots", "technique", "adjustments",
        "failureReasons", "professional", "expectations", "tips", "explanation", "warnings", "ruleBase"})
public record Assessment(String id, boolean selfCare, List<CandidateSite> candidateSites,
                         List<ExcludedSpot> excludedSpots, Technique technique, List<Coded> adjustments,
                         List<Coded> failureReasons, Professional professional, List<String> expectations,
                         List<String> tips, List<ExplanationStep> explanation, List<Caution> cautions,
                         List<FieldWarning> warnings, RuleBaseIdentity ruleBase,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String language) {

    public Assessment {
        tips = tips == null ? List.of() : List.copyOf(tips);
        cautions = cautions == null ? List.of() : List.copyOf(cautions);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** An answer in English, for which no language was asked. */
    public Assessment(String id, boolean selfCare, List<CandidateSite> candidateSites,
                      List<ExcludedSpot> excludedSpots, Technique technique, List<Coded> adjustments,
                      List<Coded> failureReasons, Professional professional, List<String> expectations,
                      List<String> tips, List<ExplanationStep> explanation, List<Caution> cautions,
                      List<FieldWarning> warnings, RuleBaseIdentity ruleBase) {
        this(id, selfCare, candidateSites, excludedSpots, technique, adjustments, failureReasons, professional,
                expectations, tips, explanation, cautions, warnings, ruleBase, null);
    }

    /** The codes of the adjustments, in order. */
    public List<String> adjustmentCodes() {
        return adjustments.stream().map(Coded::code).toList();
    }

    /** The codes of the failure reasons, in order. */
    public List<String> failureCodes() {
        return failureReasons.stream().map(Coded::code).toList();
    }

    /** The codes of the cautions, in order. */
    public List<String> cautionCodes() {
        return cautions.stream().map(Caution::code).toList();
    }
}
