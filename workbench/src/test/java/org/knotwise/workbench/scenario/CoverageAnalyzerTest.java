package org.knotwise.workbench.scenario;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.knotwise.engine.batch.CaseOutcome;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.Professional;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.workbench.catalogue.Catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Coverage counts a code as expected whenever a scenario's expectation names it to be seen, under any key. */
class CoverageAnalyzerTest {

    /** One rule concluding codes of every kind a scenario can expect. */
    private static final Catalogue CATALOGUE = new Catalogue(List.of(new RuleDescription("r.all", "all", "§ x", "why",
            "phase", "all.drl", 1, List.of("CHEST_HEART", "PREGNANCY", "RED_FLAG", "REDUCE_INTENSITY", "TOO_INTENSE",
                    "NOT_TENDER", "KNEADING", "PARALLEL_TO_FIBRES", "UNKNOWN_REGION"))),
            KnowledgeBase.builtIn(), List.of());

    private static final Assessment ASSESSMENT = new Assessment("a", false, List.of(), List.of(), null, List.of(), List.of(),
            new Professional(false, "none", List.of(), List.of()), List.of(), List.of(),
            List.of(new ExplanationStep("r.all", "§ x", "why", List.of())), List.of(), List.of(), null);

    private static Coverage coverage(String... expectations) {
        List<ScenarioResult> results = new java.util.ArrayList<>();
        for (String expect : expectations) {
            Scenario s = new Scenario("s", KnotwiseJson.parse("{\"id\":\"s\",\"complaint\":{\"regions\":[\"chest\"]}}"),
                    null, KnotwiseJson.parse(expect), "test:1");
            results.add(new ScenarioResult(s, new CaseOutcome(1, "s", "{}", ASSESSMENT, null), List.of()));
        }
        return CoverageAnalyzer.analyze(CATALOGUE, results);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"cautions\":[\"CHEST_HEART\"]}|CHEST_HEART",
            "{\"cautions\":\"PREGNANCY\"}|PREGNANCY",
            "{\"professionalReasons\":[\"RED_FLAG\"]}|RED_FLAG",
            "{\"adjustments\":[\"REDUCE_INTENSITY\"]}|REDUCE_INTENSITY",
            "{\"failureReasons\":[\"TOO_INTENSE\"]}|TOO_INTENSE",
            "{\"excluded\":{\"chest\":\"NOT_TENDER\"}}|NOT_TENDER",
            "{\"method\":\"KNEADING\"}|KNEADING",
            "{\"strokes\":\"PARALLEL_TO_FIBRES\"}|PARALLEL_TO_FIBRES",
            "{\"error\":[\"UNKNOWN_REGION\",\"WRONG_TYPE\"]}|UNKNOWN_REGION"})
    void everyKeyThatNamesACodeToSeeCountsIt(String expect, String code) {
        Coverage c = coverage(expect);

        assertThat(c.unexpectedCodes()).doesNotContain(code).hasSize(c.codes() - 1);
        assertThat(c.expectedCodes()).isEqualTo(1);
    }

    @Test
    void aCodeExpectedOnlyToBeAbsentIsNotCovered() {
        Coverage c = coverage("{\"notCautions\":[\"CHEST_HEART\"],\"notProfessionalReasons\":[\"RED_FLAG\"],"
                + "\"notAdjustments\":[\"REDUCE_INTENSITY\"],\"notFailureReasons\":[\"TOO_INTENSE\"],\"noAdjustments\":true}");

        assertThat(c.unexpectedCodes()).containsExactlyInAnyOrderElementsOf(CATALOGUE.codes());
    }

    @Test
    void everyKeyTheCheckerKnowsIsPlacedEitherAsACodeKeyOrNot() {
        Set<String> both = new HashSet<>(CoverageAnalyzer.CODE_KEYS);
        both.retainAll(CoverageAnalyzer.NON_CODE_KEYS);
        Set<String> placed = new HashSet<>(CoverageAnalyzer.CODE_KEYS);
        placed.addAll(CoverageAnalyzer.NON_CODE_KEYS);

        assertThat(both).as("keys placed twice").isEmpty();
        assertThat(placed).as("keys the coverage places, against the keys the checker knows")
                .containsExactlyInAnyOrderElementsOf(ExpectationChecker.KEYS);
        assertThat(CoverageAnalyzer.CODE_KEYS).contains("cautions", "professionalReasons", "adjustments",
                "failureReasons", "excluded");
    }
}
