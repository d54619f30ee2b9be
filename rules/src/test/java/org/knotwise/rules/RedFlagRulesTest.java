package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwise.engine.model.Assessment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.rules.RuleTesting.assess;
import static org.knotwise.rules.RuleTesting.fired;
import static org.knotwise.rules.RuleTesting.pain;
import static org.knotwise.rules.RuleTesting.sound;
import static org.knotwise.rules.RuleTesting.timesFired;
import static org.knotwise.rules.RuleTesting.trigger;
import static org.knotwise.rules.RuleTesting.unrelated;

/** red-flags.drl: any warning sign means urgent professional help and no self-massage plan. */
class RedFlagRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"numbness-or-weakness", "bowel-or-bladder-change", "saddle-numbness", "fever",
            "unexplained-weight-loss", "recent-trauma", "night-pain", "chest-pain", "cancer-history",
            "rapidly-worsening"})
    void everyRedFlagGivesUrgentHelpAndNoPlan(String flag) {
        // Contract v2 §7.7: possible cauda equina and chest pain mean emergency care now.
        String urgency = List.of("bowel-or-bladder-change", "saddle-numbness", "chest-pain").contains(flag)
                ? "emergency" : "urgent";
        Assessment a = assess(pain("low-back").flags(flag)
                .spots(trigger("low-back"), unrelated("buttock"))
                .history(sound().intensity(9).sessionsPerDay(1).lightPressure(false).days(30)));

        assertThat(fired(a)).contains("safety.red-flag", "safety.stop-plan");
        assertThat(a.selfCare()).isFalse();
        assertThat(a.professional().urgency()).isEqualTo(urgency);
        assertThat(a.professional().recommended()).isTrue();
        assertThat(a.professional().reasons()).containsExactly("RED_FLAG");
        assertThat(a.technique()).isNull();
        assertThat(a.candidateSites()).isEmpty();
        assertThat(a.excludedSpots()).isEmpty();
        assertThat(a.adjustments()).isEmpty();
        assertThat(a.failureReasons()).isEmpty();
        assertThat(a.expectations()).isEmpty();
        assertThat(fired(a)).as("nothing after the safety phase runs")
                .allMatch(id -> id.startsWith("safety.") || id.startsWith("caution."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bowel-or-bladder-change", "saddle-numbness"})
    void bladderBowelOrSaddleChangesAddEmergencyAdvice(String flag) {
        Assessment a = assess(pain("low-back").flags(flag));

        assertThat(fired(a)).contains("safety.cauda-equina").doesNotContain("safety.chest-pain");
        assertThat(a.professional().advice()).anyMatch(s -> s.contains("emergency"));
    }

    @Test
    void chestPainAddsHeartAdviceOnly() {
        Assessment a = assess(pain("chest").flags("chest-pain"));

        assertThat(fired(a)).contains("safety.chest-pain").doesNotContain("safety.cauda-equina");
    }

    @Test
    void otherFlagsGetNeitherSpecialWarning() {
        Assessment a = assess(pain("neck-back").flags("fever"));

        assertThat(fired(a)).doesNotContain("safety.cauda-equina", "safety.chest-pain");
    }

    @Test
    void eachFlagIsNamedOnceInTheAdvice() {
        Assessment a = assess(pain("mid-back").flags("fever", "night-pain"));

        assertThat(timesFired(a, "safety.red-flag")).isEqualTo(2);
        // in words a person reads (the knowledge base's title of each flag), never the raw code
        assertThat(a.professional().advice()).anyMatch(s -> s.contains("Fever")).anyMatch(s -> s.contains("at night"))
                .noneMatch(s -> s.contains("night-pain"));
        assertThat(a.professional().reasons()).containsExactly("RED_FLAG");
    }

    @Test
    void noFlagNoSafetyRule() {
        Assessment a = assess(pain("mid-back"));

        assertThat(fired(a)).noneMatch(id -> id.startsWith("safety."));
        assertThat(a.selfCare()).isTrue();
        assertThat(a.professional().reasons()).doesNotContain("RED_FLAG");
    }
}
