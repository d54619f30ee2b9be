package org.knotwise.workbench.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwise.engine.batch.CaseOutcome;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Caution;
import org.knotwise.engine.model.Coded;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.Professional;
import org.knotwise.engine.model.Range;
import org.knotwise.engine.model.SessionLength;
import org.knotwise.engine.model.Technique;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expectation keys of the shared scenario format added with contract v3 (intensityMaxAtMost, toolsOnly,
 * noAdjustments, noFailureReasons, notMuscles), and the invariants as v3 relaxes and sharpens them: a gentler
 * intensity beside the cautions that ask for one, and no adjustments without self-care.
 */
class ExpectationCheckerV3Test {

    private static final List<ExplanationStep> EXPLANATION = List.of(new ExplanationStep("rub.plan", "§ x", "why", List.of()));
    private static final String SOURCE = "NHS: Blood thinners, https://www.nhs.uk/";

    private static CandidateSite site(String region, String... muscles) {
        return new CandidateSite(region, List.of(muscles), "area", "low", region, 0, 0, List.of(), List.of("r"));
    }

    private static Technique technique(Range intensity, String... tools) {
        return new Technique("HOLD", new Range(10, 100), "CIRCULAR_OR_BACK_AND_FORTH", null, intensity, true, true,
                new SessionLength(30, 300), new Range(2, 6), List.of(tools));
    }

    private static Assessment plan(Technique t, List<Coded> adjustments, List<Coded> failureReasons, List<Caution> cautions) {
        return new Assessment("a", true, List.of(site("neck-side", "sternocleidomastoid", "scalenes"), site("shoulder-top", "upper trapezius")),
                List.of(), t, adjustments, failureReasons, new Professional(false, "none", List.of(), List.of()), List.of(),
                List.of(), EXPLANATION, cautions, List.of(), null);
    }

    private static Caution caution(String code) {
        return new Caution(code, null, "gently", SOURCE);
    }

    /** A gentle plan at the front of the neck: fingers and thumb, 2 to 5, one adjustment, one failure reason. */
    private static final Assessment GENTLE = plan(technique(new Range(2, 5), "fingers", "thumb"),
            List.of(new Coded("REDUCE_INTENSITY", "press more gently")), List.of(new Coded("TOO_INTENSE", "too hard")),
            List.of(caution("FRONT_OF_NECK")));

    /** The same plan with nothing to adjust and nothing failing. */
    private static final Assessment QUIET = plan(technique(new Range(2, 5), "fingers", "thumb"), List.of(), List.of(),
            List.of(caution("FRONT_OF_NECK")));

    private static List<String> check(Assessment a, String expect) {
        return ExpectationChecker.check(new CaseOutcome(1, "a", "{}", a, null), KnotwiseJson.parse(expect));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"intensityMaxAtMost\":5}|{\"intensityMaxAtMost\":4}",
            "{\"intensityMaxAtMost\":7}|{\"intensityMaxAtMost\":1}",
            "{\"toolsOnly\":[\"fingers\",\"thumb\"]}|{\"toolsOnly\":[\"fingers\"]}",
            "{\"toolsOnly\":[\"thumb\",\"fingers\",\"ball\"]}|{\"toolsOnly\":[\"ball\",\"elbow\"]}",
            "{\"noAdjustments\":false}|{\"noAdjustments\":true}",
            "{\"noFailureReasons\":false}|{\"noFailureReasons\":true}",
            "{\"notMuscles\":[\"subscapularis\"]}|{\"notMuscles\":[\"scalenes\"]}",
            "{\"notMuscles\":[\"iliopsoas\",\"piriformis\"]}|{\"notMuscles\":[\"iliopsoas\",\"upper trapezius\"]}"})
    void eachNewKeyPassesWhenTrueAndFailsWhenNot(String holds, String fails) {
        assertThat(check(GENTLE, holds)).isEmpty();
        assertThat(check(GENTLE, fails)).hasSize(1);
    }

    @Test
    void noAdjustmentsAndNoFailureReasonsTrueHoldOnlyForEmptyLists() {
        assertThat(check(QUIET, "{\"noAdjustments\":true,\"noFailureReasons\":true}")).isEmpty();
        assertThat(check(QUIET, "{\"noAdjustments\":false,\"noFailureReasons\":false}")).hasSize(2);
        assertThat(check(GENTLE, "{\"noAdjustments\":true}")).singleElement().asString().contains("REDUCE_INTENSITY");
    }

    @Test
    void withoutAPlanIntensityMaxAtMostFailsAndToolsOnlyHolds() {
        Assessment noPlan = new Assessment("a", false, List.of(), List.of(), null, List.of(), List.of(),
                new Professional(true, "urgent", List.of("POSSIBLE_CLOT"), List.of()), List.of(), List.of(), EXPLANATION,
                List.of(new Caution("POSSIBLE_CLOT", null, "no massage", SOURCE)), List.of(), null);

        assertThat(check(noPlan, "{\"intensityMaxAtMost\":5}")).singleElement().asString().contains("no technique");
        assertThat(check(noPlan, "{\"toolsOnly\":[\"fingers\"],\"notMuscles\":[\"popliteus\"],\"noAdjustments\":true}")).isEmpty();
    }

    @Test
    void theNewKeysAreKnown() {
        assertThat(ExpectationChecker.KEYS).contains("intensityMaxAtMost", "toolsOnly", "noAdjustments",
                "noFailureReasons", "notMuscles");
        assertThat(check(GENTLE, "{\"toolOnly\":[\"fingers\"]}")).singleElement().asString()
                .startsWith("unknown expectation key 'toolOnly' (did you mean toolsOnly?)");
    }

    @ParameterizedTest
    @CsvSource({"BLOOD_THINNERS", "FRONT_OF_NECK", "NEAR_VESSELS"})
    void aGentlerIntensityIsAllowedBesideTheCautionsThatAskForOne(String code) {
        for (Range gentler : List.of(new Range(2, 5), new Range(1, 1), new Range(3, 7), new Range(4, 7))) {
            assertThat(invariants(plan(technique(gentler, "fingers"), List.of(), List.of(), List.of(caution(code)))))
                    .as("%s with %s", gentler, code).isEmpty();
        }
        for (Range wrong : List.of(new Range(0, 5), new Range(4, 8), new Range(5, 3))) {
            assertThat(invariants(plan(technique(wrong, "fingers"), List.of(), List.of(), List.of(caution(code)))))
                    .as("%s with %s", wrong, code).singleElement().asString().contains("within 1 to 7");
        }
        assertThat(invariants(plan(technique(null, "fingers"), List.of(), List.of(), List.of(caution(code))))).hasSize(1);
    }

    @Test
    void withoutSuchACautionTheIntensityIsTheArticles() {
        for (String other : List.of("CHEST_HEART", "SEVERE_PAIN", "PREGNANCY", "NERVE_SYMPTOMS")) {
            assertThat(invariants(plan(technique(new Range(2, 5), "fingers"), List.of(), List.of(), List.of(caution(other)))))
                    .as(other).singleElement().asString().startsWith("technique.intensity: expected Range[min=4, max=7]");
            assertThat(invariants(plan(technique(new Range(4, 7), "fingers"), List.of(), List.of(), List.of(caution(other)))))
                    .as(other).isEmpty();
        }
        assertThat(invariants(plan(technique(new Range(2, 5), "fingers"), List.of(), List.of(), List.of()))).hasSize(1);
    }

    @Test
    void adjustmentsWithoutSelfCareBreakTheInvariants() {
        Assessment noSelfCare = new Assessment("a", false, List.of(), List.of(), null,
                List.of(new Coded("MORE_OFTEN", "Rub the spot at least twice a day.")), List.of(),
                new Professional(true, "routine", List.of("PREGNANCY_CHECK"), List.of()), List.of(), List.of(), EXPLANATION,
                List.of(new Caution("PREGNANCY_CHECK", null, "ask your midwife", SOURCE)), List.of(), null);

        assertThat(invariants(noSelfCare)).singleElement().asString()
                .startsWith("adjustments given although selfCare is false").contains("MORE_OFTEN");
        assertThat(check(noSelfCare, "{\"selfCare\":false}")).hasSize(1);
    }

    private static List<String> invariants(Assessment a) {
        List<String> bad = new ArrayList<>();
        ExpectationChecker.invariants(a, bad);
        return bad;
    }
}
