package org.knotwise.rules;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.ExcludedSpot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.rules.RuleTesting.assess;
import static org.knotwise.rules.RuleTesting.bumpOnly;
import static org.knotwise.rules.RuleTesting.fired;
import static org.knotwise.rules.RuleTesting.notTender;
import static org.knotwise.rules.RuleTesting.pain;
import static org.knotwise.rules.RuleTesting.site;
import static org.knotwise.rules.RuleTesting.siteRegions;
import static org.knotwise.rules.RuleTesting.tender;
import static org.knotwise.rules.RuleTesting.timesFired;
import static org.knotwise.rules.RuleTesting.trigger;
import static org.knotwise.rules.RuleTesting.unrelated;

/**
 * finding-trigger-points.drl, phases finding, referral and ranking: which pressed spots count, where
 * the map says to look, and how the candidate sites rank. Elbow-outer pain is used where the map must
 * stay out of the way: the map has no local row for it.
 */
class FindingRulesTest {

    @Nested
    class PressedSpots {
        @Test
        void notTenderIsExcluded() {
            Assessment a = assess(pain("elbow-outer").spots(notTender("elbow-outer")));

            assertThat(fired(a)).contains("find.not-tender").doesNotContain("find.bump-only", "find.tender-candidate");
            assertThat(a.excludedSpots()).containsExactly(new ExcludedSpot("elbow-outer", "NOT_TENDER"));
        }

        @Test
        void bumpWithoutTendernessIsExcludedAsBumpOnly() {
            Assessment a = assess(pain("elbow-outer").spots(bumpOnly("elbow-outer")));

            assertThat(fired(a)).contains("find.bump-only").doesNotContain("find.not-tender");
            assertThat(a.excludedSpots()).containsExactly(new ExcludedSpot("elbow-outer", "BUMP_ONLY"));
        }

        @Test
        void tenderButUnrelatedIsExcludedAndNotACandidate() {
            Assessment a = assess(pain("elbow-outer").spots(unrelated("elbow-outer")));

            assertThat(fired(a)).contains("find.not-relevant").doesNotContain("find.tender-candidate");
            assertThat(a.excludedSpots()).containsExactly(new ExcludedSpot("elbow-outer", "NOT_RELEVANT"));
            assertThat(a.candidateSites()).noneMatch(s -> s.basis().equals("palpated"));
        }

        @Test
        void tenderAloneIsALowConfidenceCandidate() {
            Assessment a = assess(pain("elbow-outer").spots(tender("elbow-outer")));

            assertThat(fired(a)).contains("find.tender-candidate").doesNotContain("find.good-pain", "find.relevant");
            CandidateSite s = site(a, "elbow-outer");
            assertThat(s.basis()).isEqualTo("palpated");
            assertThat(s.score()).isEqualTo(1);
            assertThat(s.confidence()).isEqualTo("low");
            assertThat(a.excludedSpots()).isEmpty();
        }

        @Test
        void goodPainAndRelevanceEachAddTwo() {
            CandidateSite goodPain = site(assess(pain("elbow-outer")
                    .spots(new org.knotwise.engine.model.Spot("elbow-outer", true, true, null, false, false))), "elbow-outer");
            CandidateSite relevant = site(assess(pain("elbow-outer")
                    .spots(new org.knotwise.engine.model.Spot("elbow-outer", true, null, true, false, false))), "elbow-outer");
            Assessment both = assess(pain("elbow-outer").spots(trigger("elbow-outer")));

            assertThat(goodPain.score()).isEqualTo(3);
            assertThat(goodPain.confidence()).isEqualTo("medium");
            assertThat(relevant.score()).isEqualTo(3);
            assertThat(fired(both)).contains("find.good-pain", "find.relevant", "rank.high");
            assertThat(site(both, "elbow-outer").score()).isEqualTo(5);
            assertThat(site(both, "elbow-outer").confidence()).isEqualTo("high");
        }

        @Test
        void aBumpOnATenderSpotAddsNothing() {
            CandidateSite withBump = site(assess(pain("elbow-outer")
                    .spots(new org.knotwise.engine.model.Spot("elbow-outer", true, true, true, true, false))), "elbow-outer");

            assertThat(withBump.rules()).contains("find.bump-ignored");
            assertThat(withBump.score()).isEqualTo(5);
        }

        @Test
        void aTenderSpotElsewhereInTheBodyLinkedToNothingIsSetAside() {
            Assessment a = assess(pain("wrist-back").spots(tender("calf")));

            assertThat(fired(a)).contains("find.far-from-pain").doesNotContain("find.tender-candidate");
            assertThat(a.excludedSpots()).containsExactly(new ExcludedSpot("calf", "FAR_FROM_PAIN"));
            assertThat(siteRegions(a)).doesNotContain("calf").startsWith("wrist-back", "forearm-back");
            assertThat(a.failureCodes()).doesNotContain("SPOT_NOT_RELEVANT");
        }

        @Test
        void aFarSpotIsKeptWhenThePersonFeelsItIsRelatedOrItLiesTowardTheCentreOrTheMapLinksIt() {
            Assessment related = assess(pain("wrist-back")
                    .spots(new org.knotwise.engine.model.Spot("calf", true, null, true, false, false)));
            Assessment towardCentre = assess(pain("wrist-back").spots(tender("upper-back")));
            Assessment mapLinked = assess(pain("forearm-front").spots(tender("chest")));
            Assessment sameArea = assess(pain("wrist-back").spots(tender("thumb")));

            for (Assessment a : java.util.List.of(related, towardCentre, mapLinked, sameArea)) {
                assertThat(fired(a)).doesNotContain("find.far-from-pain");
                assertThat(a.excludedSpots()).isEmpty();
                assertThat(a.candidateSites().get(0).basis()).isEqualTo("palpated");
            }
        }

        @Test
        void everyExcludedSpotGetsExactlyOneReasonInSpotOrder() {
            Assessment a = assess(pain("elbow-outer")
                    .spots(bumpOnly("forearm-back"), unrelated("upper-arm-back"), notTender("elbow-outer")));

            assertThat(a.excludedSpots()).containsExactly(
                    new ExcludedSpot("forearm-back", "BUMP_ONLY"),
                    new ExcludedSpot("upper-arm-back", "NOT_RELEVANT"),
                    new ExcludedSpot("elbow-outer", "NOT_TENDER"));
        }
    }

    @Nested
    class ReferredPain {
        @Test
        void noRelevantSpotAtThePainProposesTheMapsSites() {
            Assessment a = assess(pain("wrist-back"));

            assertThat(timesFired(a, "find.referral-candidate")).isEqualTo(2);
            assertThat(site(a, "forearm-back").basis()).isEqualTo("referral");
            assertThat(site(a, "forearm-back").muscles()).containsExactly("wrist and finger extensors");
            assertThat(site(a, "forearm-back").stepsTowardCentre()).isEqualTo(1);
        }

        @Test
        void aRelevantTenderSpotAtThePainStopsTheSearchElsewhere() {
            Assessment a = assess(pain("forearm-back").spots(trigger("forearm-back")));

            assertThat(fired(a)).doesNotContain("find.referral-candidate", "find.search-epicentre");
            assertThat(siteRegions(a)).containsExactly("forearm-back");
        }

        @Test
        void theMapSupportsATenderSpotWhereItListsAMuscle() {
            CandidateSite s = site(assess(pain("wrist-back").spots(tender("forearm-back"))), "forearm-back");

            assertThat(s.rules()).contains("find.tender-candidate", "find.referral-supports-spot");
            assertThat(s.muscles()).contains("wrist and finger extensors");
            assertThat(s.score()).isEqualTo(2);
            assertThat(s.confidence()).as("the map's support is no sign the person felt: tender alone").isEqualTo("low");
        }

        @Test
        void severalMusclesAtOneSiteAreAllNamed() {
            Assessment a = assess(pain("wrist-front"));

            assertThat(fired(a)).contains("find.referral-more-muscles");
            assertThat(site(a, "forearm-front").muscles())
                    .containsExactlyInAnyOrder("flexor carpi radialis", "flexor carpi ulnaris");
        }

        @Test
        void onlySitesTowardTheCentreEarnTheTowardCentrePoint() {
            Assessment a = assess(pain("wrist-front"));

            assertThat(site(a, "forearm-front").rules()).contains("find.toward-centre");
            assertThat(site(a, "hand").stepsTowardCentre()).isEqualTo(-1);
            assertThat(site(a, "hand").rules()).doesNotContain("find.toward-centre");
        }

        @Test
        void theMapsFirstPatternEarnsTwo() {
            Assessment a = assess(pain("wrist-back"));

            assertThat(site(a, "forearm-back").rules()).contains("find.map-first");
            assertThat(site(a, "forearm-back").score()).isEqualTo(3); // toward the centre +1, first in the map +2
            assertThat(site(a, "shoulder-blade").rules()).doesNotContain("find.map-first");
        }

        @Test
        void aRegionPressedAndSetAsideIsProposedOnNoBasis() {
            // contract §8.2: every spot pressed there was excluded, so the map does not propose it
            assertThat(siteRegions(assess(pain("elbow-outer")))).contains("forearm-back");
            Assessment pressed = assess(pain("elbow-outer").spots(notTender("forearm-back")));

            assertThat(siteRegions(pressed)).doesNotContain("forearm-back");
            assertThat(pressed.excludedSpots()).extracting(e -> e.region()).containsExactly("forearm-back");
        }

        @Test
        void anUnpressedPainRegionIsSearchedAroundAsAnArea() {
            Assessment a = assess(pain("wrist-back"));

            assertThat(site(a, "wrist-back").basis()).isEqualTo("area");
            assertThat(site(a, "wrist-back").rules()).contains("find.search-epicentre");
        }

        @Test
        void aPressedPainRegionIsNotProposedAsAnArea() {
            Assessment a = assess(pain("wrist-back").spots(notTender("wrist-back")));

            assertThat(fired(a)).doesNotContain("find.search-epicentre");
            assertThat(siteRegions(a)).doesNotContain("wrist-back");
        }
    }

    @Nested
    class HardToReach {
        @Test
        void aSiteWithOnlyADeepMuscleRanksLastAmongTheMapsSites() {
            Assessment a = assess(pain("wrist-back"));

            CandidateSite deep = site(a, "shoulder-blade");
            assertThat(deep.muscles()).containsExactly("subscapularis");
            assertThat(deep.rules()).contains("find.hard-to-reach");
            assertThat(deep.score()).isEqualTo(1 - 3);
            assertThat(siteRegions(a)).containsExactly("wrist-back", "forearm-back", "shoulder-blade");
        }

        @Test
        void aSiteWithAnEasyMuscleBesideTheDeepOnesIsNotHardToReach() {
            Assessment a = assess(pain("jaw"));

            assertThat(site(a, "jaw").muscles()).contains("masseter", "lateral pterygoid");
            assertThat(site(a, "jaw").rules()).doesNotContain("find.hard-to-reach");
        }

        @Test
        void aPressedSiteWithOnlyDeepMusclesIsHardToReachToo() {
            // contract §8.4: HARD_TO_REACH for any site whose muscles are all deep, pressed ones included
            Assessment a = assess(pain("upper-arm-back").spots(trigger("shoulder-blade")));

            assertThat(site(a, "shoulder-blade").basis()).isEqualTo("palpated");
            assertThat(site(a, "shoulder-blade").muscles()).containsExactly("subscapularis");
            assertThat(site(a, "shoulder-blade").rules()).contains("find.hard-to-reach");
            assertThat(a.professional().reasons()).contains("HARD_TO_REACH");
        }
    }

    @Nested
    class Ranking {
        @Test
        void palpatedBeforeTheAreaBeforeTheMap() {
            Assessment a = assess(pain("wrist-back").spots(tender("upper-arm-front")));

            // contract v2 §7.3: pressed spots that count, then the painful area, then the map's sites
            assertThat(a.candidateSites()).extracting(CandidateSite::basis)
                    .containsExactly("palpated", "area", "referral", "referral");
            assertThat(site(a, "upper-arm-front").score()).isLessThan(site(a, "forearm-back").score());
        }

        @Test
        void higherScoreFirstWithinABasis() {
            Assessment a = assess(pain("elbow-outer").spots(tender("upper-arm-front"), trigger("shoulder-front")));

            assertThat(siteRegions(a)).startsWith("shoulder-front", "upper-arm-front");
        }

        @Test
        void atEqualConfidenceFewerStepsFirst() {
            Assessment a = assess(pain("hand").spots(tender("wrist-back"), tender("elbow-inner")));

            // contract §8.1: both lie toward the centre on the hand's limb, by depth (hand 6, wrist-back 5, elbow-inner 3)
            assertThat(site(a, "elbow-inner").stepsTowardCentre()).isEqualTo(3);
            assertThat(site(a, "elbow-inner").relatesTo()).isEqualTo("hand");
            assertThat(site(a, "wrist-back").stepsTowardCentre()).isEqualTo(1);
            assertThat(siteRegions(a)).startsWith("wrist-back", "elbow-inner");
        }

        @Test
        void atTheSameDistanceTheSiteTowardTheCentreFirst() {
            // forearm-front pain: elbow-inner +1 (toward the centre), wrist-front -1 (farther out)
            Assessment a = assess(pain("forearm-front").spots(tender("wrist-front"), tender("elbow-inner")));

            assertThat(site(a, "elbow-inner").stepsTowardCentre()).isEqualTo(1);
            assertThat(site(a, "wrist-front").stepsTowardCentre()).isEqualTo(-1);
            assertThat(siteRegions(a)).startsWith("elbow-inner", "wrist-front");
        }

        @Test
        void candidatesGetTheMusclesAndTheTopSiteTheFibreDirectionTheMapKnows() {
            Assessment a = assess(pain("knee-back").spots(tender("calf")));

            assertThat(site(a, "calf").muscles()).contains("gastrocnemius");
            assertThat(site(a, "calf").rules()).contains("rub.fibre-direction");
            assertThat(site(a, "thigh-back").rules()).doesNotContain("rub.fibre-direction");
            assertThat(a.technique().strokes()).as("known from the map, not by the person").isEqualTo("CIRCULAR_OR_BACK_AND_FORTH");
        }

        @Test
        void anAreaCandidateIsNamedFromTheMusclesThere() {
            Assessment a = assess(pain("neck-side"));

            assertThat(site(a, "neck-side").basis()).isEqualTo("area");
            assertThat(site(a, "neck-side").rules()).contains("find.name-muscles");
            assertThat(site(a, "neck-side").muscles()).contains("scalenes");
        }
    }

    @Test
    void theWideNetIsPartOfEveryPlanButNotOfARedFlagCase() {
        assertThat(fired(assess(pain("calf")))).contains("find.wide-net");
        assertThat(fired(assess(pain("calf").flags("fever")))).doesNotContain("find.wide-net");
    }
}
