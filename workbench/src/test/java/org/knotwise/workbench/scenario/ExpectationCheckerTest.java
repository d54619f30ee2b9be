package org.knotwise.workbench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwise.engine.batch.CaseOutcome;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Caution;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.ErrorCode;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.Professional;
import org.knotwise.engine.model.Range;
import org.knotwise.engine.model.SessionLength;
import org.knotwise.engine.model.Technique;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every expectation key of the shared scenario format, each shown to pass when true and to fail when not. */
class ExpectationCheckerTest {

    private static CandidateSite site(String region, String basis, String confidence, String relatesTo, int steps) {
        return new CandidateSite(region, List.of("m"), basis, confidence, relatesTo, steps, 0, List.of(), List.of("r"));
    }

    private static final Assessment ASSESSMENT = new Assessment("a", true,
            List.of(site("wrist-back", "area", "low", "wrist-back", 0),
                    site("elbow-outer", "referral", "low", "wrist-back", 2),
                    site("forearm-back", "referral", "medium", "wrist-back", 1)),
            List.of(), new Technique("HOLD", new Range(10, 100), "CIRCULAR_OR_BACK_AND_FORTH", null, new Range(4, 7),
                    true, true, new SessionLength(30, 300), new Range(2, 6), List.of("fingers", "thumb")),
            List.of(), List.of(), new Professional(false, "none", List.of(), List.of()), List.of(), List.of(),
            List.of(new ExplanationStep("rub.plan", "§ x", "why", List.of())),
            List.of(new Caution("CHEST_HEART", null, "heart", "NHS: Chest pain, https://www.nhs.uk/conditions/chest-pain/")),
            List.of(), null);

    private static List<String> check(String expect) {
        return ExpectationChecker.check(new CaseOutcome(1, "a", "{}", ASSESSMENT, null), KnotwiseJson.parse(expect));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"siteOrder\":[\"wrist-back\",\"forearm-back\"]}|{\"siteOrder\":[\"forearm-back\",\"wrist-back\"]}",
            "{\"siteOrder\":[\"wrist-back\"]}|{\"siteOrder\":[\"wrist-back\",\"calf\"]}",
            "{\"siteSteps\":{\"forearm-back\":1}}|{\"siteSteps\":{\"forearm-back\":2}}",
            "{\"siteStepsMin\":{\"elbow-outer\":2}}|{\"siteStepsMin\":{\"forearm-back\":2}}",
            "{\"siteBasis\":{\"wrist-back\":\"area\"}}|{\"siteBasis\":{\"wrist-back\":\"referral\"}}",
            "{\"siteConfidence\":{\"forearm-back\":\"medium\"}}|{\"siteConfidence\":{\"calf\":\"medium\"}}",
            "{\"siteRelatesTo\":{\"elbow-outer\":\"wrist-back\"}}|{\"siteRelatesTo\":{\"elbow-outer\":\"elbow-outer\"}}",
            "{\"notSitesInclude\":[\"calf\"]}|{\"notSitesInclude\":[\"calf\",\"elbow-outer\"]}",
            "{\"notTopSite\":[\"calf\",\"elbow-outer\"]}|{\"notTopSite\":\"wrist-back\"}",
            "{\"noSites\":false}|{\"noSites\":true}",
            "{\"notExcluded\":[\"wrist-back\"]}|{\"excluded\":{\"wrist-back\":\"NOT_TENDER\"}}",
            "{\"cautions\":[\"CHEST_HEART\"]}|{\"cautions\":[\"CHEST_HEART\",\"PREGNANCY\"]}",
            "{\"notCautions\":[\"PREGNANCY\"]}|{\"notCautions\":[\"CHEST_HEART\"]}",
            "{\"rulesFired\":[\"rub.plan\"]}|{\"rulesFired\":[\"rub.hold\"]}",
            "{\"notRulesFired\":[\"rub.hold\"]}|{\"notRulesFired\":[\"rub.plan\"]}",
            "{\"notTools\":[\"ball\"]}|{\"notTools\":[\"thumb\"]}",
            "{\"startGentle\":true}|{\"startGentle\":false}",
            "{\"toolsIncludeAny\":[\"ball\",\"thumb\"]}|{\"toolsIncludeAny\":[\"ball\"]}"})
    void eachKeyPassesWhenTrueAndFailsWhenNot(String holds, String fails) {
        assertThat(check(holds)).isEmpty();
        assertThat(check(fails)).hasSize(1);
    }

    @Test
    void errorFieldAndLineAreCheckedWithTheError() {
        CaseOutcome error = new CaseOutcome(7, "e", "{}", null, new CaseError(ErrorCode.WRONG_TYPE, "person.age", "no"));
        JsonNode right = KnotwiseJson.parse("{\"error\":\"WRONG_TYPE\",\"errorField\":\"person.age\",\"errorLine\":7}");
        JsonNode wrong = KnotwiseJson.parse("{\"error\":\"WRONG_TYPE\",\"errorField\":\"person\",\"errorLine\":6}");

        assertThat(ExpectationChecker.check(error, right)).isEmpty();
        assertThat(ExpectationChecker.check(error, wrong)).hasSize(2);
    }

    @Test
    void everyKeyOfTheSharedFormatIsKnown() {
        assertThat(ExpectationChecker.KEYS).contains("error", "selfCare", "urgency", "professionalRecommended",
                "professionalReasons", "notProfessionalReasons", "adjustments", "notAdjustments", "failureReasons",
                "notFailureReasons", "topSite", "topStepsTowardCentre", "topStepsTowardCentreMin", "sitesInclude",
                "sitesIncludeAny", "excluded", "method", "strokes", "toolsIncludeAny", "notTools", "startGentle",
                "notSitesInclude", "notTopSite", "noSites", "siteOrder", "siteSteps", "siteStepsMin", "siteBasis",
                "siteConfidence", "siteRelatesTo", "notExcluded", "cautions", "notCautions", "rulesFired",
                "notRulesFired", "errorField", "errorLine");
        assertThat(check("{\"sitesInclud\":[\"calf\"]}")).singleElement().asString()
                .startsWith("unknown expectation key 'sitesInclud' (did you mean sitesInclude?); the keys are adjustments, ");
        assertThat(check("{\"professionalReason\":[\"NO_PROGRESS\"]}")).singleElement().asString()
                .startsWith("unknown expectation key 'professionalReason' (did you mean professionalReasons?)");
    }

    @Test
    void aCautionWithoutASourceBreaksTheInvariants() {
        Assessment noSource = new Assessment("a", false, List.of(), List.of(), null, List.of(), List.of(),
                new Professional(true, "urgent", List.of("POSSIBLE_CLOT"), List.of()), List.of(), List.of(),
                List.of(new ExplanationStep("caution.possible-clot", "§ x", "why", List.of())),
                List.of(new Caution("POSSIBLE_CLOT", null, "no massage", " ")), List.of(), null);
        List<String> bad = new java.util.ArrayList<>();

        ExpectationChecker.invariants(noSource, bad);

        assertThat(bad).singleElement().asString().startsWith("caution without code, message or source");
    }

    @Test
    void aPlanWithoutAMethodBreaksTheInvariantsInsteadOfCrashingTheCheck() {
        Technique noMethod = new Technique(null, new Range(10, 100), "CIRCULAR_OR_BACK_AND_FORTH", null, new Range(4, 7),
                true, true, new SessionLength(30, 300), new Range(2, 6), List.of("fingers"));
        Assessment a = new Assessment("a", true, ASSESSMENT.candidateSites(), List.of(), noMethod, List.of(), List.of(),
                ASSESSMENT.professional(), List.of(), List.of(), ASSESSMENT.explanation(), List.of(), List.of(), null);
        List<String> bad = new java.util.ArrayList<>();

        ExpectationChecker.invariants(a, bad);

        assertThat(bad).containsExactly("technique.method is null");
    }
}
