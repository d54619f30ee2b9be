package org.knotwise.kb;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The geometry of contract §8.1 on the built-in region tree: signed steps, toward the centre,
 * distance and the nearest region. Checked on named cases and then exhaustively over every pair
 * (and triple, for the triangle inequality) of the 40 regions.
 */
class RegionTreeTest {

    private static final KnowledgeBase KB = KnowledgeBase.builtIn();
    private static final List<String> ALL = List.copyOf(KB.regions().keySet());
    private static final Set<String> ROOTS = Set.of("chest", "abdomen", "upper-back", "mid-back", "low-back");

    @Nested
    class StepsTowardCentre {

        @ParameterizedTest(name = "from {0} to {1}: {2}")
        @CsvSource({
                // contract §8.1's examples
                "hand, forearm-back, 2",
                "temple, shoulder-top, 2",
                "calf, low-back, 4",
                "knee-front, thigh-outer, 0",
                "forearm-back, wrist-back, -1",
                "thumb, elbow-outer, 4",
                "neck-back, upper-arm-back, -3",
                "forearm-front, upper-arm-back, 2",
                "forearm-front, wrist-front, -1",
                "shin, knee-front, 1",
                "wrist-back, elbow-outer, 2",
                "thigh-front, groin, 1",
                // on the pain's own path
                "wrist-back, forearm-back, 1",
                "hand, chest, 6",
                "sole, calf, 2",
                "forehead, neck-side, 2",
                // the review's U2: nearer the trunk on the same limb is toward the centre
                "thumb, forearm-back, 3",
                "calf, hip-side, 2",
                "elbow-inner, upper-arm-back, 1",
                "forehead, back-of-head, 2",
                "temple, neck-back, 2",
                // the same region, and another region of the limb at the same depth: 0
                "calf, calf, 0",
                "chest, upper-back, 0",
                "mid-back, upper-back, 0",
                "elbow-outer, elbow-inner, 0",
                // farther out on the same limb
                "heel, sole, -1",
                "chest, hand, -6",
                "neck-back, shoulder-top, -2",
                // a trunk site as deep as the pain: beside it
                "thigh-back, hip-side, 0",
                "thigh-front, hip-side, 0",
                // across limbs: minus the tree path
                "chest, neck-side, -3",
                "buttock, thigh-back, -1",
                "upper-back, calf, -5"})
        void onNamedPairs(String from, String site, int steps) {
            assertThat(KB.stepsTowardCentre(from, site)).isEqualTo(steps);
        }

        @Test
        void positiveExactlyWhenTheSiteLiesTowardTheCentre() {
            for (String a : ALL) {
                for (String b : ALL) {
                    assertThat(KB.stepsTowardCentre(a, b) > 0).as(a + " → " + b).isEqualTo(KB.isTowardCentre(a, b));
                }
            }
        }

        @Test
        void towardTheCentreItIsTheDifferenceInDepth() {
            for (String a : ALL) {
                for (String b : ALL) {
                    if (KB.isTowardCentre(a, b)) {
                        assertThat(KB.stepsTowardCentre(a, b)).as(a + " → " + b).isEqualTo(KB.depthOf(a) - KB.depthOf(b));
                    }
                }
            }
        }

        @Test
        void onOneLimbItIsAntisymmetric() {
            for (String a : ALL) {
                for (String b : ALL) {
                    if (KB.region(a).area().equals(KB.region(b).area())) {
                        assertThat(KB.stepsTowardCentre(a, b)).as(a + " ↔ " + b).isEqualTo(-KB.stepsTowardCentre(b, a));
                    }
                }
            }
        }

        @Test
        void acrossLimbsAndNotNearerItIsMinusTheTreePath() {
            for (String a : ALL) {
                for (String b : ALL) {
                    if (!KB.region(a).area().equals(KB.region(b).area()) && !KB.isTowardCentre(a, b)
                            && !KB.region(b).area().equals("trunk")) {
                        assertThat(KB.stepsTowardCentre(a, b)).as(a + " → " + b).isEqualTo(-KB.treeDistance(a, b));
                    }
                }
            }
        }

        @Test
        void oneStepToTheNeighbourTowardTheCentre() {
            for (Region r : KB.regions().values()) {
                if (r.towardCentre() != null) {
                    assertThat(KB.stepsTowardCentre(r.id(), r.towardCentre())).as(r.id()).isEqualTo(1);
                }
            }
        }

        @Test
        void anUnknownRegionIsAnError() {
            assertThatThrownBy(() -> KB.stepsTowardCentre("elbow-middle", "hand"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("elbow-middle");
            assertThatThrownBy(() -> KB.stepsTowardCentre("hand", "armpit"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("armpit");
        }
    }

    @Nested
    class TowardCentre {

        @Test
        void lessDeepOnTheLimbOnTheTrunkOrOnThePath() {
            assertThat(KB.isTowardCentre("wrist-back", "forearm-back")).isTrue();
            assertThat(KB.isTowardCentre("wrist-back", "upper-back")).isTrue();
            assertThat(KB.isTowardCentre("wrist-back", "chest")).as("the trunk").isTrue();
            assertThat(KB.isTowardCentre("hand", "forearm-back")).as("same limb, off the path").isTrue();
            assertThat(KB.isTowardCentre("temple", "shoulder-top")).as("on the temple's path").isTrue();
            assertThat(KB.isTowardCentre("wrist-back", "wrist-back")).isFalse();
            assertThat(KB.isTowardCentre("forearm-back", "wrist-back")).as("farther out").isFalse();
            assertThat(KB.isTowardCentre("neck-back", "shoulder-top")).as("as deep").isFalse();
            assertThat(KB.isTowardCentre("chest", "upper-back")).as("two roots").isFalse();
            assertThat(KB.isTowardCentre("calf", "upper-arm-front")).as("another limb, off the path").isFalse();
        }

        @Test
        void everyRegionButARootHasEveryRootTowardTheCentre() {
            for (String r : ALL) {
                List<String> roots = ROOTS.stream().filter(root -> KB.isTowardCentre(r, root)).toList();
                assertThat(roots).as(r).hasSize(ROOTS.contains(r) ? 0 : ROOTS.size());
            }
        }

        @Test
        void depthIsTheLinksToTheRoot() {
            for (String r : ALL) {
                int nearestRoot = ROOTS.stream().mapToInt(root -> KB.treeDistance(r, root)).min().orElseThrow();
                assertThat(KB.depthOf(r)).as(r).isEqualTo(nearestRoot);
            }
        }
    }

    @Nested
    class TreeDistance {

        @Test
        void aMetric() {
            for (String a : ALL) {
                assertThat(KB.treeDistance(a, a)).isZero();
                for (String b : ALL) {
                    assertThat(KB.treeDistance(a, b)).isEqualTo(KB.treeDistance(b, a));
                    if (!a.equals(b)) {
                        assertThat(KB.treeDistance(a, b)).isPositive();
                    }
                    for (String c : ALL) {
                        assertThat(KB.treeDistance(a, c))
                                .as(a + " → " + c + " via " + b)
                                .isLessThanOrEqualTo(KB.treeDistance(a, b) + KB.treeDistance(b, c));
                    }
                }
            }
        }

        @ParameterizedTest(name = "{0} to {1}: {2}")
        @CsvSource({
                "wrist-back, wrist-front, 11",
                "forearm-back, forearm-front, 9",
                "neck-back, shoulder-top, 2",
                "low-back, mid-back, 1",
                "heel, sole, 1",
                "buttock, groin, 3"})
        void onNamedPairs(String a, String b, int distance) {
            assertThat(KB.treeDistance(a, b)).isEqualTo(distance);
        }
    }

    @Nested
    class NearestRegion {

        @Test
        void theNearestOnTheTree() {
            assertThat(KB.nearestRegion("forearm-back", List.of("temple", "wrist-back"))).isEqualTo("wrist-back");
            assertThat(KB.nearestRegion("calf", List.of("sole", "heel"))).isEqualTo("heel");
            assertThat(KB.nearestRegion("calf", List.of("calf", "heel"))).isEqualTo("calf");
            assertThat(KB.nearestRegion("calf", List.of())).isNull();
        }

        @Test
        void tiesGoToTheKnowledgeBasesOrderNeverTheCollections() {
            // forearm-back is one step from both: wrist-back lies farther out, elbow-outer toward the centre.
            assertThat(KB.treeDistance("forearm-back", "wrist-back")).isEqualTo(KB.treeDistance("forearm-back", "elbow-outer"));
            String expected = KB.regionOrder("elbow-outer") < KB.regionOrder("wrist-back") ? "elbow-outer" : "wrist-back";
            assertThat(KB.nearestRegion("forearm-back", List.of("wrist-back", "elbow-outer"))).isEqualTo(expected);
            assertThat(KB.nearestRegion("forearm-back", List.of("elbow-outer", "wrist-back"))).isEqualTo(expected);
        }

        @Test
        void theAnswerNeverDependsOnTheOrderOfTheCandidates() {
            Random random = new Random(20240601L);
            for (int round = 0; round < 300; round++) {
                List<String> candidates = new ArrayList<>(ALL);
                Collections.shuffle(candidates, random);
                candidates = new ArrayList<>(candidates.subList(0, 1 + random.nextInt(6)));
                String site = ALL.get(random.nextInt(ALL.size()));
                String first = KB.nearestRegion(site, candidates);
                Collections.reverse(candidates);
                assertThat(KB.nearestRegion(site, candidates)).as(site + " among " + candidates).isEqualTo(first);
                Collections.shuffle(candidates, random);
                assertThat(KB.nearestRegion(site, candidates)).as(site + " among " + candidates).isEqualTo(first);
                int best = candidates.stream().mapToInt(c -> KB.treeDistance(site, c)).min().orElseThrow();
                assertThat(KB.treeDistance(site, first)).isEqualTo(best);
            }
        }

        @Test
        void regionOrderIsTheFilesOrder() {
            for (int i = 0; i < ALL.size(); i++) {
                assertThat(KB.regionOrder(ALL.get(i))).isEqualTo(i);
            }
            assertThatThrownBy(() -> KB.regionOrder("armpit")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /** The expectations of the contract v2 scenarios that rest on the tree alone. */
    @Nested
    class ScenarioExpectations {

        @Test
        void aForearmSpotRelatesToTheWristItLiesTowardTheCentreFrom() {
            // v2-03: pain at elbow-outer and wrist-back, spot at forearm-back: relatesTo wrist-back, 1 step.
            List<String> pains = List.of("elbow-outer", "wrist-back");
            List<String> towardCentreFrom = pains.stream().filter(p -> KB.isTowardCentre(p, "forearm-back")).toList();
            assertThat(towardCentreFrom).containsExactly("wrist-back");
            assertThat(KB.stepsTowardCentre("wrist-back", "forearm-back")).isEqualTo(1);
            assertThat(KB.stepsTowardCentre("elbow-outer", "forearm-back")).isEqualTo(-1);
        }

        @Test
        void mapSitesCountFromTheirOwnPainRegion() {
            // v2-04: heel and wrist-back: forearm-back at 1 from the wrist, calf at least 1 from the heel.
            assertThat(KB.stepsTowardCentre("wrist-back", "forearm-back")).isEqualTo(1);
            assertThat(KB.stepsTowardCentre("heel", "calf")).isGreaterThanOrEqualTo(1);
            // the other pain region is far away and on another branch: never "at the pain"
            assertThat(KB.stepsTowardCentre("heel", "forearm-back")).isNegative();
        }
    }
}
