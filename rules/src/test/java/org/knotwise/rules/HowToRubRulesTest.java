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

        assertThat(fired(a)).contains("rub.plan", "rub.hold").doesNotContain("rub.along-fibres", "rub.keep-kneading");
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
    void fibresTheMapKnowsMeanStrokesAlongThemAndSayWhichWay() {
        Assessment a = assess(pain("calf"));

        assertThat(fired(a)).contains("find.fibres-from-map", "rub.along-fibres");
        assertThat(a.technique().strokes()).isEqualTo("PARALLEL_TO_FIBRES");
        assertThat(a.technique().fibreDirection()).startsWith("calf: ");
    }

    @Test
    void strokingAtRandomWhereTheFibresAreKnownIsCorrected() {
        Assessment kneading = assess(pain("calf").history(sound().method("kneading")));
        Assessment other = assess(pain("calf").history(sound().method("other")));
        Assessment holding = assess(pain("calf").history(sound().method("hold")));

        assertThat(kneading.adjustmentCodes()).contains("STROKE_ALONG_FIBRES");
        assertThat(other.adjustmentCodes()).contains("STROKE_ALONG_FIBRES");
        assertThat(fired(holding)).doesNotContain("rub.adjust-along-fibres");
    }

    @Test
    void noStrokeCorrectionWhereNoFibresAreKnown() {
        Assessment a = assess(pain("low-back").history(sound().method("kneading")));

        assertThat(fired(a)).doesNotContain("rub.adjust-along-fibres");
    }

    @Test
    void aRedFlagMakesNoPlan() {
        Assessment a = assess(pain("calf").flags("recent-trauma"));

        assertThat(fired(a)).doesNotContain("rub.plan", "rub.hold");
        assertThat(a.technique()).isNull();
    }
}
