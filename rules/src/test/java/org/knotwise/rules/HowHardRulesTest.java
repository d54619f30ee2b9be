package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Range;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.rules.RuleTesting.assess;
import static org.knotwise.rules.RuleTesting.fired;
import static org.knotwise.rules.RuleTesting.pain;
import static org.knotwise.rules.RuleTesting.sound;

/** how-hard.drl: 4 to 7 out of 10, gentle at first, always some light skin-tugging. */
class HowHardRulesTest {

    @Test
    void everyPlanAimsForFourToSevenStartingGentleWithLightPressure() {
        Assessment a = assess(pain("neck-back"));

        assertThat(fired(a)).contains("rub.plan"); // the plan rule sets how hard with the plan itself
        assertThat(a.technique().intensity()).isEqualTo(new Range(4, 7));
        assertThat(a.technique().startGentle()).isTrue();
        assertThat(a.technique().lightPressure()).isTrue();
    }

    @ParameterizedTest(name = "intensity {0}: too intense {1}")
    @CsvSource({"7, false", "8, true", "10, true", "4, false"})
    void aboveSevenIsTooIntense(int intensity, boolean tooIntense) {
        Assessment a = assess(pain("neck-back").history(sound().intensity(intensity)));

        assertThat(fired(a).contains("hard.too-intense")).isEqualTo(tooIntense);
        assertThat(a.adjustmentCodes().contains("REDUCE_INTENSITY")).isEqualTo(tooIntense);
        assertThat(a.failureCodes().contains("TOO_INTENSE")).isEqualTo(tooIntense);
    }

    @ParameterizedTest(name = "intensity {0}, outcome {1}, day {2}, bad reactions {3}: firmer {4}")
    @CsvSource({
            "4, same, 3, false, false",
            "3, same, 3, false, true",
            "1, same, 3, false, true",
            "3, better, 3, false, false",
            "3, partial, 3, false, false",
            "3, worse, 3, false, false",
            "3, same, 3, true, false",
            "3, same, 0, false, false",
            "3, same, 1, false, true"})
    void belowFourWithNoProgressPressAlittleFirmer(int intensity, String outcome, int days, boolean badReactions,
                                                   boolean firmer) {
        Assessment a = assess(pain("calf").history(sound().intensity(intensity).outcome(outcome).days(days)
                .negativeReactions(badReactions)));

        assertThat(fired(a).contains("hard.too-gentle")).isEqualTo(firmer);
        assertThat(a.adjustmentCodes().contains("INCREASE_INTENSITY")).isEqualTo(firmer);
    }

    @Test
    void unknownIntensityNeitherFirmerNorGentler() {
        Assessment a = assess(pain("calf").history(sound().intensity(null)));

        assertThat(fired(a)).doesNotContain("hard.too-intense", "hard.too-gentle");
    }

    @ParameterizedTest(name = "light pressure {0}: add it {1}")
    @CsvSource({"false, true", "true, false", ", false"})
    void lightSkinTuggingIsAddedWhenMissing(Boolean lightPressure, boolean add) {
        Assessment a = assess(pain("hand").history(sound().lightPressure(lightPressure)));

        assertThat(fired(a).contains("hard.add-light-pressure")).isEqualTo(add);
        assertThat(a.adjustmentCodes().contains("ADD_LIGHT_PRESSURE")).isEqualTo(add);
        assertThat(a.technique().lightPressure()).as("the plan always has light pressure").isTrue();
    }

    @Test
    void beginnersAreWarnedAgainstPressingTooHard() {
        assertThat(fired(assess(pain("shin")))).contains("hard.beginner");
        assertThat(fired(assess(pain("shin").history(sound().days(0))))).contains("hard.beginner");
        assertThat(fired(assess(pain("shin").history(sound().days(5))))).doesNotContain("hard.beginner");
        assertThat(fired(assess(pain("shin").history(sound().days(null))))).doesNotContain("hard.beginner");
    }
}
