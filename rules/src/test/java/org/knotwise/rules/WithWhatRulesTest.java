package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.model.Assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.rules.RuleTesting.assess;
import static org.knotwise.rules.RuleTesting.fired;
import static org.knotwise.rules.RuleTesting.pain;
import static org.knotwise.rules.RuleTesting.sound;
import static org.knotwise.rules.RuleTesting.timesFired;
import static org.knotwise.rules.RuleTesting.trigger;

/** with-what.drl: hands first, balls and hook tools where hands do not reach, a foam roller only on broad areas. */
class WithWhatRulesTest {

    @Test
    void toolsComeFromEveryCandidateSiteBestSiteFirst() {
        Assessment a = assess(pain("forearm-back").spots(trigger("forearm-back")));

        assertThat(timesFired(a, "tools.by-reach")).isEqualTo(a.candidateSites().size());
        assertThat(a.technique().tools()).startsWith("thumb", "fingers");
    }

    @Test
    void theBackIsReachedWithABallOrAHook() {
        Assessment a = assess(pain("upper-back").spots(trigger("upper-back")));

        assertThat(a.technique().tools()).contains("ball", "tennis-ball", "backnobber").doesNotContain("thumb");
    }

    @Test
    void aFoamRollerOnASmallSiteGetsASmallerTool() {
        Assessment a = assess(pain("forearm-front").history(sound().tool("foam-roller")));

        assertThat(fired(a)).contains("tools.smaller-contact");
        assertThat(a.adjustmentCodes()).contains("SMALLER_CONTACT_TOOL");
    }

    @Test
    void aFoamRollerOnABroadAreaIsFine() {
        assertThat(fired(assess(pain("upper-back").history(sound().tool("foam-roller")))))
                .doesNotContain("tools.smaller-contact");
        assertThat(fired(assess(pain("thigh-outer").history(sound().tool("foam-roller")))))
                .doesNotContain("tools.smaller-contact");
    }

    @Test
    void aFoamRollerIsFineWhenEverySiteToWorkIsBroadEvenIfThePainIsSmall() {
        Assessment a = assess(pain("knee-front").history(sound().tool("foam-roller")));

        assertThat(a.candidateSites()).filteredOn(s -> !s.basis().equals("area"))
                .allMatch(s -> s.region().startsWith("thigh-"));
        assertThat(fired(a)).doesNotContain("tools.smaller-contact");
    }

    @Test
    void otherToolsOnSmallSitesAreFine() {
        assertThat(fired(assess(pain("forearm-front").history(sound().tool("tennis-ball")))))
                .doesNotContain("tools.smaller-contact");
    }
}
