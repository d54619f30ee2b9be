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

/** release-and-expectations.drl: what a release feels like, that it may feel worse, when results show. */
class ReleaseRulesTest {

    @Test
    void everyPlanSaysWhatToExpect() {
        Assessment a = assess(pain("thigh-back"));

        assertThat(fired(a)).contains("release.feel", "release.timing", "release.tender-after", "release.experimental");
        assertThat(a.expectations()).anyMatch(e -> e.contains("next morning"))
                .anyMatch(e -> e.contains("more tender"))
                .anyMatch(e -> e.contains("experimental"));
    }

    @Test
    void noExpectationsWithoutAPlan() {
        Assessment a = assess(pain("thigh-back").flags("cancer-history"));

        assertThat(fired(a)).noneMatch(id -> id.startsWith("release."));
        assertThat(a.expectations()).isEmpty();
    }

    @ParameterizedTest(name = "day {0}: wait {1}")
    @CsvSource({"0, true", "1, false", "2, false", ", false"})
    void lessThanADayTriedWaitForTheResult(Integer days, boolean wait) {
        Assessment a = assess(pain("neck-side").history(sound().days(days)));

        assertThat(fired(a).contains("release.wait")).isEqualTo(wait);
        assertThat(a.adjustmentCodes().contains("WAIT_FOR_RESULT")).isEqualTo(wait);
    }
}
