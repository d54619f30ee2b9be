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
class RuleInvariantsPropertiesTest {

    /** Contract v2 §7.3: pressed spots that count, then the painful area, then the map's sites. */
    private static final List<String> TIERS = List.of("palpated", "area", "referral");
    private static final List<String> CONFIDENCE = List.of("high", "medium", "low");
    /** Cautions after which there is no massage plan (contract v2 §7.6). */
    private static final List<String> STOPPING_CAUTIONS = List.of("POSSIBLE_CLOT", "ARTERITIS_RISK", "HEART_SIGNS",
            "SUDDEN_SEVERE", "SUDDEN_ABDOMINAL", "PREGNANCY_CHECK", "CHILD");

    @Property(tries = 100)
    void theContractsInvariantsHold(@ForAll long seed) {
        Case c = new CaseGenerator(seed).nextCase();
        Assessment a = ENGINE.assess(c);

        List<String> bad = new ArrayList<>();
        ExpectationChecker.invariants(a, bad);
        assertThat(bad).as(c.toString()).isEmpty();
        List<String> cautions = a.cautions().stream().map(x -> x.code()).toList();
        boolean stopped = cautions.stream().anyMatch(STOPPING_CAUTIONS::contains)
                || (cautions.contains("PREGNANCY") && a.professional().reasons().contains("MEDICAL_CHECK") && a.candidateSites().isEmpty())
                || (cautions.contains("INFLAMED_AREA") && a.candidateSites().isEmpty());
        if (!c.redFlags().isEmpty() || stopped) {
            assertThat(a.selfCare()).isFalse();
            assertThat(a.candidateSites()).isEmpty();
            assertThat(a.adjustments()).isEmpty();
            assertThat(a.failureReasons()).isEmpty();
            assertThat(a.professional().urgency()).isIn(c.redFlags().isEmpty() ? List.of("routine", "urgent", "emergency") : List.of("urgent", "emergency"));
        } else if (a.candidateSites().isEmpty()) {
            // contract §8.2: every place left to search was pressed and set aside, so nothing is left to rub
            assertThat(a.excludedSpots()).as("no site without a red flag or a stopping caution only when spots were set aside: " + c)
                    .isNotEmpty();
            assertThat(a.selfCare()).isFalse();
            assertThat(a.adjustments()).isEmpty();
        } else {
            assertThat(a.selfCare()).as("without a red flag or a stopping caution there is a plan where a site is left: " + c).isTrue();
            assertThat(a.professional().reasons()).doesNotContain("RED_FLAG");
        }
        assertThat(a.excludedSpots().size()).isLessThanOrEqualTo(c.spots().size());
    }

    @Property(tries = 100)
    void sitesAreRankedByTierThenConfidenceThenStepsThenReach(@ForAll long seed) {
        Assessment a = ENGINE.assess(new CaseGenerator(seed).nextCase());
        List<CandidateSite> sites = a.candidateSites();

        assertThat(sites).extracting(CandidateSite::region).doesNotHaveDuplicates();
        for (int i = 1; i < sites.size(); i++) {
            CandidateSite before = sites.get(i - 1);
            CandidateSite after = sites.get(i);
            String pair = before + " before " + after;
            int tier = Integer.compare(TIERS.indexOf(before.basis()), TIERS.indexOf(after.basis()));
            assertThat(tier).as(pair).isLessThanOrEqualTo(0);
            if (tier < 0) {
                continue;
            }
            int confidence = Integer.compare(CONFIDENCE.indexOf(before.confidence()), CONFIDENCE.indexOf(after.confidence()));
            assertThat(confidence).as(pair).isLessThanOrEqualTo(0);
            if (confidence < 0) {
                continue;
            }
            // contract §8.1: fewer steps by absolute value, then toward the centre before farther out, then reach
            int steps = Integer.compare(Math.abs(before.stepsTowardCentre()), Math.abs(after.stepsTowardCentre()));
            assertThat(steps).as("the epicentre outward: " + pair).isLessThanOrEqualTo(0);
            if (steps < 0) {
                continue;
            }
            assertThat(before.stepsTowardCentre() <= 0 && after.stepsTowardCentre() > 0)
                    .as("toward the centre before farther out: " + pair).isFalse();
            if (before.stepsTowardCentre() == after.stepsTowardCentre()) {
                boolean deepBefore = before.rules().contains("find.hard-to-reach");
                boolean deepAfter = after.rules().contains("find.hard-to-reach");
                assertThat(deepBefore && !deepAfter).as("easy reach before deep muscles: " + pair).isFalse();
            }
        }
    }

    @Property(tries = 50)
    void theSameCaseGivesTheSameJson(@ForAll long seed) {
        Case c = new CaseGenerator(seed).nextCase();

        assertThat(KnotwiseJson.write(ENGINE.assess(c))).isEqualTo(KnotwiseJson.write(ENGINE.assess(c)));
    }
}
