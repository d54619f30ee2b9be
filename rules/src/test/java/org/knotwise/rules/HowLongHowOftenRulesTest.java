package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Range;
import org.knotwise.engine.model.SessionLength;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.rules.RuleTesting.assess;
import static org.knotwise.rules.RuleTesting.fired;
import static org.knotwise.rules.RuleTesting.pain;
import static org.knotwise.rules.RuleTesting.sound;

/** how-long-how-often.drl: about 30 s to 5 min a session, 2 to 6 sessions a day unless it reacts badly. */
class HowLongHowOftenRulesTest {

    @Test
    void everyPlanSaysHowLongAndHowOften() {
        Assessment a = assess(pain("shin"));

        assertThat(fired(a)).contains("rub.plan", "often.session-length"); // rub.plan sets both with the plan
        assertThat(a.technique().sessionSeconds()).isEqualTo(new SessionLength(30, 300));
        assertThat(a.technique().sessionsPerDay()).isEqualTo(new Range(2, 6));
    }

    @ParameterizedTest(name = "{0} a day: more often {1}, less often {2}")
    @CsvSource({"0, true, false", "1, true, false", "2, false, false", "6, false, false", "7, false, true",
            "20, false, true"})
    void twoToSixSessionsADay(int sessions, boolean moreOften, boolean lessOften) {
        Assessment a = assess(pain("shin").history(sound().sessionsPerDay(sessions)));

        assertThat(fired(a).contains("often.more-often")).isEqualTo(moreOften);
        assertThat(fired(a).contains("often.less-often")).isEqualTo(lessOften);
        assertThat(a.adjustmentCodes().contains("MORE_OFTEN")).isEqualTo(moreOften);
        assertThat(a.adjustmentCodes().contains("LESS_OFTEN")).isEqualTo(lessOften);
    }

    @Test
    void badReactionsCancelMoreOftenAndEaseOff() {
        Assessment a = assess(pain("sole").history(sound().sessionsPerDay(1).negativeReactions(true)));

        assertThat(fired(a)).contains("often.negative-reactions").doesNotContain("often.more-often");
        assertThat(a.adjustmentCodes()).contains("EASE_OFF").doesNotContain("MORE_OFTEN");
        assertThat(a.failureCodes()).contains("NEGATIVE_REACTIONS");
    }

    @Test
    void noBadReactionsNoEaseOff() {
        Assessment a = assess(pain("sole").history(sound()));

        assertThat(fired(a)).doesNotContain("often.negative-reactions");
        assertThat(a.adjustmentCodes()).doesNotContain("EASE_OFF");
    }

    @ParameterizedTest(name = "{0} min, outcome {1}, bad reactions {2}: shorter {3}, fine while good {4}")
    @CsvSource({
            "12, worse, false, true, false",
            "12, same, true, true, false",
            "12, better, false, false, true",
            "12, same, false, false, true",
            "5, worse, false, false, false",
            "5.5, worse, false, true, false",
            "5, better, false, false, false"})
    void longSessionsAreFineWhileTheyFeelGood(double minutes, String outcome, boolean badReactions,
                                             boolean shorter, boolean fineWhileGood) {
        Assessment a = assess(pain("upper-arm-front").history(sound().minutes(minutes).outcome(outcome)
                .negativeReactions(badReactions)));

        assertThat(fired(a).contains("often.shorter-sessions")).isEqualTo(shorter);
        assertThat(a.adjustmentCodes().contains("SHORTER_SESSIONS")).isEqualTo(shorter);
        assertThat(fired(a).contains("often.longer-if-good")).isEqualTo(fineWhileGood);
    }
}
