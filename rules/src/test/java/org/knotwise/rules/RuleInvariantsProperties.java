package org.knotwise.rules;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.knotwise.workbench.generate.CaseGenerator;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Case;
import org.knotwise.workbench.scenario.ExpectationChecker;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.rules.RuleTesting.ENGINE;

/** What holds for every valid case, checked on generated cases across the whole vocabulary. */
class RuleInvariantsProperties {

    private static final List<String> BASIS_ORDER = List.of("palpated", "referral", "area");

    @Property(tries = 100)
    void theContractsInvariantsHold(@ForAll long seed) {
        Case c = new CaseGenerator(seed).nextCase();
        Assessment a = ENGINE.assess(c);

        List<String> bad = new ArrayList<>();
        ExpectationChecker.invariants(a, bad);
        assertThat(bad).as(c.toString()).isEmpty();
        if (c.redFlags().isEmpty()) {
            assertThat(a.selfCare()).as("without a red flag there is always a plan: " + c).isTrue();
            assertThat(a.professional().reasons()).doesNotContain("RED_FLAG");
        } else {
            assertThat(a.selfCare()).isFalse();
            assertThat(a.candidateSites()).isEmpty();
            assertThat(a.adjustments()).isEmpty();
            assertThat(a.failureReasons()).isEmpty();
            assertThat(a.professional().urgency()).isEqualTo("urgent");
        }
        assertThat(a.excludedSpots().size()).isLessThanOrEqualTo(c.spots().size());
    }

    @Property(tries = 100)
    void sitesAreRankedPalpatedThenReferralThenAreaByScoreWithDeepMusclesLast(@ForAll long seed) {
        Assessment a = ENGINE.assess(new CaseGenerator(seed).nextCase());
        List<CandidateSite> sites = a.candidateSites();

        assertThat(sites).extracting(CandidateSite::region).doesNotHaveDuplicates();
        for (int i = 1; i < sites.size(); i++) {
            CandidateSite before = sites.get(i - 1);
            CandidateSite after = sites.get(i);
            int order = Integer.compare(BASIS_ORDER.indexOf(before.basis()), BASIS_ORDER.indexOf(after.basis()));
            assertThat(order).as(before + " before " + after).isLessThanOrEqualTo(0);
            if (order == 0) {
                assertThat(before.score()).as(before + " before " + after).isGreaterThanOrEqualTo(after.score());
            }
            if (before.rules().contains("find.hard-to-reach") && after.basis().equals("referral")) {
                assertThat(after.rules()).as("deep sites come last among the map's").contains("find.hard-to-reach");
            }
        }
    }

    @Property(tries = 50)
    void theSameCaseGivesTheSameJson(@ForAll long seed) {
        Case c = new CaseGenerator(seed).nextCase();

        assertThat(KnotwiseJson.write(ENGINE.assess(c))).isEqualTo(KnotwiseJson.write(ENGINE.assess(c)));
    }
}
