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
 * The geometry of contract §7.2 on the built-in region tree: signed steps, toward the centre,
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
                // on the way toward the centre: the number of steps
                "wrist-back, forearm-back, 1",
                "temple, shoulder-top, 2",
                "hand, chest, 6",
                "knee-front, thigh-front, 1",
                "sole, calf, 2",
                "heel, calf, 1",
                "forehead, neck-side, 2",
                // the same region: 0, and only then
                "calf, calf, 0",
                "chest, chest, 0",
                // farther out on the same limb: minus the steps
                "heel, sole, -1",
                "forearm-back, wrist-back, -1",
                "elbow-outer, forearm-back, -1",
                "chest, hand, -6",
                // another branch at the same depth used to read 0 ("at the pain"): now never 0, never positive
                "neck-back, shoulder-top, -2",
                "knee-front, thigh-outer, -7",
                "elbow-outer, elbow-inner, -7",
                "temple, jaw, -2",
                // across the trunk core: one step between two roots
                "chest, upper-back, -1",
                "chest, neck-side, -3",
                "wrist-front, wrist-back, -11"})
        void onNamedPairs(String from, String site, int steps) {
            assertThat(KB.stepsTowardCentre(from, site)).isEqualTo(steps);
        }

        @Test
        void zeroOnlyForTheSameRegion() {
            for (String a : ALL) {
                for (String b : ALL) {
                    assertThat(KB.stepsTowardCentre(a, b) == 0).as(a + " → " + b).isEqualTo(a.equals(b));
                }
            }
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
        void itsSizeIsAlwaysTheTreeDistance() {
            for (String a : ALL) {
                for (String b : ALL) {
                    assertThat(Math.abs(KB.stepsTowardCentre(a, b))).as(a + " → " + b).isEqualTo(KB.treeDistance(a, b));
                }
            }
        }

        @Test
        void antisymmetricOnOneLimbAndNegativeBothWaysAcrossBranches() {
            for (String a : ALL) {
                for (String b : ALL) {
                    int ab = KB.stepsTowardCentre(a, b);
                    int ba = KB.stepsTowardCentre(b, a);
                    if (KB.isTowardCentre(a, b) || KB.isTowardCentre(b, a)) {
                        assertThat(ab).as(a + " ↔ " + b).isEqualTo(-ba);
                    } else if (!a.equals(b)) {
                        assertThat(ab).as(a + " ↔ " + b).isNegative().isEqualTo(ba);
                    }
                }
            }
        }

        @Test
        void oneStepToTheNeighbourTowardTheCentre() {
            for (Region r : KB.regions().values()) {
                if (r.towardCentre() != null) {
                    assertThat(KB.stepsTowardCentre(r.id(), r.towardCentre())).as(r.id()).isEqualTo(1);
                    assertThat(KB.stepsTowardCentre(r.towardCentre(), r.id())).as(r.id()).isEqualTo(-1);
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
        void theWholePathToTheRootAndNothingElse() {
            assertThat(KB.isTowardCentre("wrist-back", "forearm-back")).isTrue();
            assertThat(KB.isTowardCentre("wrist-back", "elbow-outer")).isTrue();
            assertThat(KB.isTowardCentre("wrist-back", "upper-back")).isTrue();
            assertThat(KB.isTowardCentre("wrist-back", "chest")).as("the other arm branch's root").isFalse();
            assertThat(KB.isTowardCentre("wrist-back", "wrist-back")).as("not a proper ancestor").isFalse();
            assertThat(KB.isTowardCentre("forearm-back", "wrist-back")).as("farther out").isFalse();
            assertThat(KB.isTowardCentre("neck-back", "shoulder-top")).as("another branch").isFalse();
            assertThat(KB.isTowardCentre("chest", "upper-back")).as("two roots").isFalse();
        }

        @Test
        void everyRegionLeadsToExactlyOneTrunkRoot() {
            for (String r : ALL) {
                List<String> roots = ROOTS.stream().filter(root -> KB.isTowardCentre(r, root)).toList();
                assertThat(roots).as(r).hasSize(ROOTS.contains(r) ? 0 : 1);
                assertThat(KB.depthOf(r)).as(r).isEqualTo(ROOTS.contains(r) ? 0 : KB.treeDistance(r, roots.get(0)));
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
