package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Range;
import org.knotwise.engine.model.Spot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.rules.RuleTesting.assess;
import static org.knotwise.rules.RuleTesting.fired;
import static org.knotwise.rules.RuleTesting.pain;
import static org.knotwise.rules.RuleTesting.sound;

/** how-to-rub.drl: press and hold, or knead; along the fibres when their direction is known. */
class HowToRubRulesTest {

    @Test
    void withoutKnownFibresHoldWithCircularOrBackAndForthStrokes() {
        Assessment a = assess(pain("upper-back"));

        assertThat(fired(a)).contains("rub.plan").doesNotContain("rub.along-fibres", "rub.keep-kneading");
        assertThat(a.technique().method()).isEqualTo("HOLD");
        assertThat(a.technique().holdSeconds()).isEqualTo(new Range(10, 100));
        assertThat(a.technique().strokes()).isEqualTo("CIRCULAR_OR_BACK_AND_FORTH");
        assertThat(a.technique().fibreDirection()).isNull();
    }

    @Test
    void whoAlreadyKneadsKeepsKneading() {
        Assessment a = assess(pain("upper-back").history(sound().method("kneading")));

        assertThat(fired(a)).contains("rub.keep-kneading");
        assertThat(a.technique().method()).isEqualTo("KNEADING");
        assertThat(a.technique().strokes()).isEqualTo("CIRCULAR_OR_BACK_AND_FORTH");
    }

    @Test
    void fibresThePersonFeelsMeanStrokesAlongThem() {
        Assessment a = assess(pain("upper-back").spots(new Spot("upper-back", true, true, true, false, true)));

        assertThat(fired(a)).contains("rub.along-fibres");
        assertThat(a.technique().method()).isEqualTo("KNEADING");
        assertThat(a.technique().strokes()).isEqualTo("PARALLEL_TO_FIBRES");
    }

    @Test
    void fibresTheMapKnowsAreInformationOnlyTheStrokesStayAsTheyAre() {
        // contract v2 §7.4: the article says not to worry about the fibres unless you happen to know them
        Assessment a = assess(pain("calf"));

        assertThat(fired(a)).contains("rub.fibre-direction").doesNotContain("rub.along-fibres");
        assertThat(a.technique().strokes()).isEqualTo("CIRCULAR_OR_BACK_AND_FORTH");
        assertThat(a.technique().fibreDirection()).startsWith("calf: ");
    }

    @Test
    void aPersonWhoKnowsTheFibresAtTheTopSiteStrokesAlongThem() {
        Assessment a = assess(pain("calf").spots(KNOWS_FIBRES_AT_CALF));

        assertThat(fired(a)).contains("rub.along-fibres");
        assertThat(a.technique().strokes()).isEqualTo("PARALLEL_TO_FIBRES");
    }

    @Test
    void kneadingAcrossFibresThePersonKnowsIsCorrectedOnlyThen() {
        Assessment kneading = assess(pain("calf").spots(KNOWS_FIBRES_AT_CALF).history(sound().method("kneading")));
        Assessment other = assess(pain("calf").spots(KNOWS_FIBRES_AT_CALF).history(sound().method("other")));
        Assessment mapOnly = assess(pain("calf").history(sound().method("kneading")));

        assertThat(kneading.adjustmentCodes()).contains("STROKE_ALONG_FIBRES");
        assertThat(other.adjustmentCodes()).doesNotContain("STROKE_ALONG_FIBRES");
        assertThat(mapOnly.adjustmentCodes()).as("the map's fibres are no correction").doesNotContain("STROKE_ALONG_FIBRES");
    }

    private static final org.knotwise.engine.model.Spot KNOWS_FIBRES_AT_CALF =
            new org.knotwise.engine.model.Spot("calf", true, true, true, false, true);

    @Test
    void noStrokeCorrectionWhereNoFibresAreKnown() {
        Assessment a = assess(pain("low-back").history(sound().method("kneading")));

        assertThat(fired(a)).doesNotContain("rub.adjust-along-fibres");
    }

    @Test
    void aRedFlagMakesNoPlan() {
        Assessment a = assess(pain("calf").flags("recent-trauma"));

        assertThat(fired(a)).doesNotContain("rub.plan");
        assertThat(a.technique()).isNull();
    }
}
