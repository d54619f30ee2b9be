package org.knotwise.kb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** "Did you mean ...?" for a region id that is not one (issue 8, contract §7.9). */
class ClosestRegionsTest {

    private static final KnowledgeBase KB = KnowledgeBase.builtIn();

    @Test
    void caseSpacesAndUnderscoresAreSetAside() {
        assertThat(KB.closestRegions("Heel")).containsExactly("heel");
        assertThat(KB.closestRegions("low back")).containsExactly("low-back");
        assertThat(KB.closestRegions("lowback")).containsExactly("low-back");
        assertThat(KB.closestRegions("LOW_BACK")).containsExactly("low-back");
        assertThat(KB.closestRegions(" Top of foot ")).containsExactly("top-of-foot");
    }

    @Test
    void aWordThatStartsSeveralIdsNamesThemAllInTheKnowledgeBasesOrder() {
        assertThat(KB.closestRegions("forearm")).containsExactly("forearm-back", "forearm-front");
        assertThat(KB.closestRegions("upper arm")).containsExactly("upper-arm-front", "upper-arm-back");
        assertThat(KB.closestRegions("knee")).containsExactly("knee-front", "knee-back");
        assertThat(KB.closestRegions("thigh")).containsExactly("thigh-front", "thigh-back", "thigh-outer", "thigh-inner");
    }

    @Test
    void typosAndNearMissesByEditDistance() {
        assertThat(KB.closestRegions("lower back")).containsExactly("low-back");
        assertThat(KB.closestRegions("lower-back")).containsExactly("low-back");
        assertThat(KB.closestRegions("shoulderblade")).containsExactly("shoulder-blade");
        assertThat(KB.closestRegions("shoudler-top")).containsExactly("shoulder-top");
        assertThat(KB.closestRegions("calff")).containsExactly("calf");
        assertThat(KB.closestRegions("tempel")).containsExactly("temple");
    }

    @Test
    void nothingCloseMeansNoGuess() {
        assertThat(KB.closestRegions("spleen")).isEmpty();
        assertThat(KB.closestRegions("")).isEmpty();
        assertThat(KB.closestRegions(null)).isEmpty();
    }

    @Test
    void editDistanceCountsASwapAsOne() {
        assertThat(EditDistance.between("calf", "calf")).isZero();
        assertThat(EditDistance.between("claf", "calf")).isEqualTo(1);
        assertThat(EditDistance.between("lowerback", "lowback")).isEqualTo(2);
        assertThat(EditDistance.between("", "heel")).isEqualTo(4);
    }
}
