package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwise.engine.model.Assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.rules.RuleTesting.assess;
import static org.knotwise.rules.RuleTesting.bumpOnly;
import static org.knotwise.rules.RuleTesting.fired;
import static org.knotwise.rules.RuleTesting.notTender;
import static org.knotwise.rules.RuleTesting.pain;
import static org.knotwise.rules.RuleTesting.sound;
import static org.knotwise.rules.RuleTesting.tender;
import static org.knotwise.rules.RuleTesting.trigger;
import static org.knotwise.rules.RuleTesting.unrelated;

/** why-it-fails.drl: referred pain, unrelated soreness, bumps taken for knots, partial relief. */
class WhyItFailsRulesTest {

    @Test
    void rubbingWithoutFindingARelevantSpotPointsTowardTheCentre() {
        Assessment a = assess(pain("wrist-back").spots(notTender("wrist-back")).history(sound().days(5).outcome("same")));

        assertThat(fired(a)).contains("fail.look-toward-centre");
        assertThat(a.failureCodes()).contains("LOOK_TOWARD_CENTRE");
    }

    @Test
    void searchingWithoutHavingTriedAnythingIsNoFailureYet() {
        Assessment a = assess(pain("wrist-back").spots(notTender("wrist-back")));

        assertThat(a.failureCodes()).doesNotContain("LOOK_TOWARD_CENTRE");
    }

    @Test
    void aRelevantSpotFoundTowardTheCentreMeansTheSearchAlreadyWorked() {
        // contract v2 §7.5: a relevant tender spot anywhere, not only at the pain, ends the search
        Assessment a = assess(pain("wrist-back").spots(trigger("forearm-back")).history(sound().days(5).outcome("same")));

        assertThat(a.failureCodes()).doesNotContain("LOOK_TOWARD_CENTRE");
    }

    @Test
    void aRelevantTenderSpotAtThePainMeansNoWildGooseChase() {
        Assessment a = assess(pain("wrist-back").spots(trigger("wrist-back")).history(sound().days(10)));

        assertThat(fired(a)).doesNotContain("fail.look-toward-centre");
    }

    @Test
    void aTenderSpotOfUnknownRelevanceAtThePainStillSuggestsLookingFurther() {
        Assessment a = assess(pain("wrist-back").spots(tender("wrist-back")).history(sound().days(5).outcome("partial")));

        assertThat(a.failureCodes()).contains("LOOK_TOWARD_CENTRE");
    }

    @ParameterizedTest(name = "day {0}, outcome {1}: look toward the centre {2}")
    @CsvSource({"2, same, true", "3, same, true", "3, worse, true", "3, partial, true", "10, better, false"})
    void rubbingForDaysAtThePainWithoutResult(int days, String outcome, boolean look) {
        Assessment a = assess(pain("wrist-back").history(sound().days(days).outcome(outcome)));

        assertThat(fired(a).contains("fail.look-toward-centre")).isEqualTo(look);
    }

    @Test
    void aNewComplaintWithNothingPressedIsNoFailure() {
        Assessment a = assess(pain("wrist-back"));

        assertThat(a.failureReasons()).isEmpty();
    }

    @Test
    void unrelatedSorenessAndBumpsAreNamedAsReasons() {
        Assessment a = assess(pain("shoulder-front").spots(unrelated("shoulder-front"), bumpOnly("chest")));

        assertThat(fired(a)).contains("fail.spot-not-relevant", "fail.unreliable-sign");
        assertThat(a.failureCodes()).contains("SPOT_NOT_RELEVANT", "UNRELIABLE_SIGN");
    }

    @Test
    void aNotTenderSpotIsNeitherUnrelatedNorABump() {
        Assessment a = assess(pain("shoulder-front").spots(notTender("shoulder-front")));

        assertThat(a.failureCodes()).doesNotContain("SPOT_NOT_RELEVANT", "UNRELIABLE_SIGN");
    }

    @ParameterizedTest(name = "outcome {0}: partial relief {1}")
    @CsvSource({"partial, true", "temporary, true", "better, false", "same, false", "worse, false"})
    void partialOrTemporaryReliefIsCommon(String outcome, boolean partial) {
        Assessment a = assess(pain("groin").history(sound().outcome(outcome)));

        assertThat(fired(a).contains("fail.partial-relief")).isEqualTo(partial);
        assertThat(a.failureCodes().contains("PARTIAL_RELIEF")).isEqualTo(partial);
    }
}
