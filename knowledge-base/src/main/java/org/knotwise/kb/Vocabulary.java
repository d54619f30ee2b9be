package org.knotwise.kb;

import java.util.List;
import java.util.Set;

/** The contract's fixed vocabularies (case-format.md §1, §3, §4, §7.6, §8.3, §8.5) that the knowledge base must cover. */
public final class Vocabulary {

    /** Every body region id the contract names, in the contract's order. */
    public static final List<String> REGIONS = List.of(
            "forehead", "temple", "jaw", "back-of-head", "neck-back", "neck-side",
            "shoulder-top", "shoulder-front", "shoulder-blade", "upper-arm-front", "upper-arm-back",
            "elbow-outer", "elbow-inner", "forearm-back", "forearm-front", "wrist-back", "wrist-front",
            "hand", "thumb", "fingers",
            "upper-back", "mid-back", "low-back", "chest", "abdomen", "buttock", "hip-side", "groin",
            "thigh-front", "thigh-back", "thigh-outer", "thigh-inner", "knee-front", "knee-back",
            "shin", "calf", "ankle", "heel", "sole", "top-of-foot");

    /** Every massage tool the contract names. */
    public static final Set<String> TOOLS = Set.of(
            "fingers", "thumb", "fist", "elbow", "ball", "tennis-ball", "backnobber", "foam-roller", "other");

    /** Every red-flag code the contract names (§4, then those §8.5 adds), in the contract's order. */
    public static final List<String> RED_FLAGS = List.of(
            "numbness-or-weakness", "bowel-or-bladder-change", "saddle-numbness", "fever",
            "unexplained-weight-loss", "recent-trauma", "night-pain", "chest-pain", "cancer-history",
            "rapidly-worsening",
            "shortness-of-breath", "fainting", "confusion", "stiff-neck", "vision-change", "vomiting",
            "blood-in-stool-vomit-or-urine", "rash");

    /**
     * The caution codes of contract v2 (§7.6), then those of v3: the patterns of §8.3
     * ({@code POSSIBLE_CLOT} is already there, widened) and {@code CHILD} (§8.5).
     */
    public static final List<String> CAUTIONS = List.of(
            "CHEST_HEART", "FRONT_OF_NECK", "POSSIBLE_CLOT", "ARTERITIS_RISK", "BLOOD_THINNERS",
            "PREGNANCY", "NERVE_SYMPTOMS", "SEVERE_PAIN",
            "HEART_SIGNS", "CLOT_CHECK", "SUDDEN_SEVERE", "SUDDEN_ABDOMINAL", "PREGNANCY_CHECK",
            "INFLAMED_AREA", "BACK_PAIN_AGE", "NEAR_VESSELS", "CHILD");

    /**
     * Cautions a muscle can carry in muscles.csv: {@code FRONT_OF_NECK} (pressed at the front or
     * side of the neck, near the pulse and nerves), {@code ABDOMEN} (reached through the belly) and
     * {@code SCIATIC_NERVE} (piriformis, which lies over the sciatic nerve).
     */
    public static final Set<String> MUSCLE_CAUTIONS = Set.of("FRONT_OF_NECK", "ABDOMEN", "SCIATIC_NERVE");

    /** Body areas a region belongs to. */
    public static final Set<String> AREAS = Set.of("head-neck", "shoulder-arm", "trunk", "leg");

    private Vocabulary() {
    }
}
