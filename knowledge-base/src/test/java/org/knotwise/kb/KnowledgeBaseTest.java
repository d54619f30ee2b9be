package org.knotwise.kb;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The built-in knowledge base: the region tree, the steps toward the centre, the referred-pain map. */
class KnowledgeBaseTest {

    private static final KnowledgeBase KB = KnowledgeBase.builtIn();
    private static final Set<String> TRUNK_ROOTS = Set.of("chest", "abdomen", "upper-back", "mid-back", "low-back");

    @Test
    void everyRegionLeadsToATrunkRoot() {
        for (Region r : KB.regions().values()) {
            Region at = r;
            while (at.towardCentre() != null) {
                at = KB.region(at.towardCentre());
            }
            assertThat(TRUNK_ROOTS).as(r.id() + " ends at " + at.id()).contains(at.id());
        }
        TRUNK_ROOTS.forEach(root -> assertThat(KB.depthOf(root)).isZero());
    }

    @Test
    void referralStepsAreCountedOnTheTree() {
        // scalenes (side of the neck) for chest pain: another branch, so farther out, never 0
        Referral scalenes = KB.referralsTo("chest").stream().filter(r -> r.muscle().equals("scalenes")).findFirst().orElseThrow();
        assertThat(scalenes.stepsTowardCentre()).isNegative();
        Referral extensors = KB.referralsTo("wrist-back").get(0);
        assertThat(extensors.stepsTowardCentre()).isEqualTo(1);
    }

    @Test
    void anUnknownRegionHasNoDepth() {
        assertThatThrownBy(() -> KB.depthOf("elbow-middle")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("elbow-middle");
    }

    @Test
    void everyContractRegionIsCoveredWithReachAndAtLeastOneReferral() {
        assertThat(KB.regions().keySet()).containsExactlyInAnyOrderElementsOf(Vocabulary.REGIONS);
        for (String id : Vocabulary.REGIONS) {
            assertThat(KB.reach(id)).as("reach of " + id).isNotEmpty();
            assertThat(KB.referralsTo(id)).as("referrals to " + id).isNotEmpty();
            assertThat(KB.region(id).source()).as("source of " + id).isNotBlank();
        }
        assertThat(KB.warnings()).isEmpty();
    }

    @Test
    void referralsToListTheMapsRowsInFileOrderRankedFromZero() {
        List<Referral> rows = KB.referralsTo("wrist-back");

        assertThat(rows).extracting(Referral::muscle).containsExactly("wrist and finger extensors", "subscapularis");
        for (String pain : Vocabulary.REGIONS) {
            List<Referral> r = KB.referralsTo(pain);
            for (int i = 0; i < r.size(); i++) {
                assertThat(r.get(i).rank()).isEqualTo(i);
                assertThat(r.get(i).painRegion()).isEqualTo(pain);
                if (i > 0) {
                    assertThat(r.get(i).line()).isGreaterThan(r.get(i - 1).line());
                }
            }
        }
        assertThat(KB.referralsTo("no-such-region")).isEmpty();
    }

    @Test
    void everyReferralHasASourceAndItsStepsFromTheTree() {
        assertThat(KB.referrals()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.source()).as(r.toString()).isNotBlank();
            assertThat(r.stepsTowardCentre()).as(r.toString())
                    .isEqualTo(KB.stepsTowardCentre(r.painRegion(), r.triggerRegion()));
        });
    }

    @Test
    void aFoamRollerIsOnlyForWideRegions() {
        KB.regions().values().stream().filter(r -> r.reach().contains("foam-roller"))
                .forEach(r -> assertThat(r.wide()).as(r.id()).isTrue());
        assertThat(KB.isWide("upper-back")).isTrue();
        assertThat(KB.isWide("forearm-front")).isFalse();
    }

    @Test
    void musclesAtARegionComeFromTheMapInOrderWithoutRepeats() {
        String firstInFile = KB.referrals().stream().filter(r -> r.triggerRegion().equals("forearm-back"))
                .findFirst().orElseThrow().muscle();
        assertThat(KB.musclesAt("forearm-back")).startsWith(firstInFile)
                .contains("wrist and finger extensors").doesNotHaveDuplicates();
        assertThat(KB.musclesAt("shoulder-blade")).contains("subscapularis", "infraspinatus");
        assertThat(KB.musclesAt("wrist-back")).isEmpty();
    }

    @Test
    void theMapsFirstChoicesAreNotDeepHardToReachMuscles() {
        for (String pain : Vocabulary.REGIONS) {
            assertThat(KB.isDeep(KB.referralsTo(pain).get(0).muscle())).as("first choice for " + pain).isFalse();
        }
    }
}
