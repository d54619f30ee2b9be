package org.knotwise.kb;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The link between a pressed spot and a pain region, moved out of the finding rules' DRL function. */
class LinkedToPainTest {

    private static final KnowledgeBase KB = KnowledgeBase.builtIn();

    @ParameterizedTest(name = "pain at {0}, spot at {1}: linked {2}")
    @CsvSource({
            // the same part of the body
            "wrist-back, hand, true",
            "heel, thigh-front, true",
            "forehead, neck-back, true",
            // on the way toward the centre, across parts of the body
            "wrist-back, upper-back, true",
            "knee-front, abdomen, true",
            // the map sends pain there: gluteus minimus (hip-side, trunk) to the calf (leg)
            "calf, hip-side, true",
            "chest, neck-side, true",
            // none of these
            "calf, shoulder-top, false",
            "temple, forearm-back, false",
            "wrist-front, buttock, false"})
    void onNamedPairs(String pain, String site, boolean linked) {
        assertThat(KB.linkedToPain(pain, site)).isEqualTo(linked);
    }

    @Test
    void unknownRegionsCountAsLinkedSoAGapInTheDataNeverSetsASpotAside() {
        assertThat(KB.linkedToPain("armpit", "hand")).isTrue();
        assertThat(KB.linkedToPain("hand", "armpit")).isTrue();
    }

    @Test
    void everySiteOnThePainsLimbOrPathAndEveryMapSiteIsLinked() {
        for (String pain : KB.regions().keySet()) {
            for (String site : KB.regions().keySet()) {
                boolean onPath = KB.isTowardCentre(pain, site) && KB.treeDistance(pain, site) == KB.depthOf(pain) - KB.depthOf(site);
                if (onPath || KB.region(pain).area().equals(KB.region(site).area())) {
                    assertThat(KB.linkedToPain(pain, site)).as(pain + " ← " + site).isTrue();
                }
            }
            KB.referralsTo(pain).forEach(r -> assertThat(KB.linkedToPain(pain, r.triggerRegion())).isTrue());
        }
    }
}
