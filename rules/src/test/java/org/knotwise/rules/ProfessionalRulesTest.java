package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwise.engine.model.Assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.rules.RuleTesting.assess;
import static org.knotwise.rules.RuleTesting.fired;
import static org.knotwise.rules.RuleTesting.pain;
import static org.knotwise.rules.RuleTesting.sound;

/** when-to-see-a-professional.drl: no progress after two sound weeks, brutal therapy, deep muscles. */
class ProfessionalRulesTest {

    @ParameterizedTest(name = "day {0}, outcome {1}: no progress {2}")
    @CsvSource({"13, same, false", "14, same, true", "14, worse, true", "60, same, true", "14, better, false",
            "14, partial, false", "14, temporary, false"})
    void twoWeeksOfSoundSelfMassageWithoutProgress(int days, String outcome, boolean noProgress) {
        Assessment a = assess(pain("low-back").history(sound().days(days).outcome(outcome)));

        assertThat(fired(a).contains("pro.no-progress")).isEqualTo(noProgress);
        assertThat(a.professional().reasons().contains("NO_PROGRESS")).isEqualTo(noProgress);
        assertThat(a.professional().urgency()).isEqualTo(noProgress ? "routine" : "none");
        assertThat(a.professional().recommended()).isEqualTo(noProgress);
        assertThat(a.selfCare()).isTrue();
    }

    @Test
    void noProgressSendsToAProfessionalWhateverTheTechniqueAndCorrectsItToo() {
        // Contract v2 §7.7: version 1 held back until the technique was sound; a person pressing at 8
        // for weeks without progress then never heard "see a professional".
        Assessment tooHard = assess(pain("calf").history(sound().days(20).intensity(8)));
        assertThat(fired(tooHard)).contains("pro.no-progress");
        assertThat(tooHard.adjustmentCodes()).contains("REDUCE_INTENSITY");
        assertThat(fired(assess(pain("calf").history(sound().days(20).intensity(3))))).contains("pro.no-progress");
        assertThat(fired(assess(pain("calf").history(sound().days(20).sessionsPerDay(1))))).contains("pro.no-progress");
        assertThat(fired(assess(pain("calf").history(sound().days(20).sessionsPerDay(7))))).contains("pro.no-progress");
        assertThat(fired(assess(pain("calf").history(sound().days(20).lightPressure(false))))).contains("pro.no-progress");
    }

    @Test
    void soundTechniqueAtTheEdgesOfTheRangesCounts() {
        assertThat(fired(assess(pain("calf").history(sound().days(20).intensity(4).sessionsPerDay(2)))))
                .contains("pro.no-progress");
        assertThat(fired(assess(pain("calf").history(sound().days(20).intensity(7).sessionsPerDay(6)))))
                .contains("pro.no-progress");
    }

    @Test
    void brutalTherapyIsNeverToBeTolerated() {
        Assessment a = assess(pain("thigh-front").history(sound().professionalStyle("brutal")));

        assertThat(fired(a)).contains("pro.brutal");
        assertThat(a.professional().reasons()).contains("BRUTAL_THERAPY");
        assertThat(a.professional().advice()).anyMatch(s -> s.contains("humble, sensible and experienced"));
    }

    @Test
    void gentleOrNoTherapyIsNoReason() {
        assertThat(fired(assess(pain("thigh-front").history(sound().professionalStyle("gentle"))))).doesNotContain("pro.brutal");
        assertThat(fired(assess(pain("thigh-front").history(sound().professionalStyle("none"))))).doesNotContain("pro.brutal");
    }

    @Test
    void aDeepMuscleAmongTheSitesAdvisesAProfessionalWithoutUrgency() {
        Assessment a = assess(pain("wrist-back"));

        assertThat(fired(a)).contains("pro.hard-to-reach");
        assertThat(a.professional().reasons()).containsExactly("HARD_TO_REACH");
        assertThat(a.professional().urgency()).isEqualTo("none");
        assertThat(a.professional().recommended()).isFalse();
        assertThat(a.professional().advice()).anyMatch(s -> s.contains("subscapularis"));
    }

    @Test
    void noDeepMuscleNoSuchAdvice() {
        assertThat(fired(assess(pain("forearm-back")))).doesNotContain("pro.hard-to-reach");
    }
}
