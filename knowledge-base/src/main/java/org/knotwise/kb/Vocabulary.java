package org.knotwise.kb;

import java.util.List;
import java.util.Set;

/** The contract's fixed vocabularies (case-format.md §1, §3, §4) that the knowledge base must cover. */
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

    /** Body areas a region belongs to. */
    public static final Set<String> AREAS = Set.of("head-neck", "shoulder-arm", "trunk", "leg");

    private Vocabulary() {
    }
}
