package org.knotwise.engine.json;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.knotwise.engine.Explain;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Caution;
import org.knotwise.engine.model.Coded;
import org.knotwise.engine.model.ExcludedSpot;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.FieldWarning;
import org.knotwise.engine.model.Professional;
import org.knotwise.engine.model.Range;
import org.knotwise.engine.model.RuleBaseIdentity;
import org.knotwise.engine.model.SessionLength;
import org.knotwise.engine.model.Technique;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The streaming writer gives, byte for byte, what databind gives for the annotated records. */
class AssessmentWriterTest {

    private static final RuleBaseIdentity RULES = new RuleBaseIdentity("knotwise-rules", "0.1.0", "sha256:ab");

    private static Assessment full() {
        return new Assessment("case-\"1\"\u00e9\n", true,
                List.of(new CandidateSite("upper-back", List.of("trapezius", "rhomboid"), "palpated", "high", "upper-back",
                                0, 5, List.of("good pain (+2)", "tender to pressure (+1)"), List.of("find.tender-candidate")),
                        new CandidateSite("neck-back", List.of(), "referral", "low", null, -2, -1, List.of(), List.of())),
                List.of(new ExcludedSpot("calf", "NOT_TENDER")),
                new Technique("HOLD", new Range(10, 100), "CIRCULAR_OR_BACK_AND_FORTH", "shin: along the bone",
                        new Range(4, 7), true, true, new SessionLength(30, 300), new Range(2, 6), List.of("thumb", "ball")),
                List.of(new Coded("REDUCE_INTENSITY", "Press more gently.")),
                List.of(new Coded("TOO_INTENSE", "Too hard \u2014 it irritates.")),
                new Professional(true, "routine", List.of("LONG_STANDING"), List.of("See a physiotherapist.")),
                List.of("It may take days."), List.of("Feel around \t the area."),
                List.of(new ExplanationStep("rub.plan", "§ Basic", "why [self-massage plan]", List.of("inserted plan")),
                        new ExplanationStep("engine.x", null, null)),
                List.of(new Caution("FRONT_OF_NECK", "neck-front", "Gently.", "NHS"), new Caution("BLOOD_THINNERS", null, "Bruises.", "NHS")),
                List.of(new FieldWarning("person.shoeSize", "unknown field")), RULES.withDrafts(true));
    }

    private static Assessment sparse() {
        return new Assessment(null, false, List.of(), List.of(), null, List.of(), List.of(),
                new Professional(false, "none", List.of(), List.of()), List.of(), List.of(), List.of(), null, null, RULES);
    }

    private static Assessment withNulls() {
        return new Assessment("x", true, null, null,
                new Technique(null, null, null, null, null, false, false, null, null, null), null, null, null, null,
                null, Arrays.asList(new ExplanationStep("a", "b", "c"), null), List.of(), List.of(), null);
    }

    @ParameterizedTest
    @EnumSource(Explain.class)
    void writesWhatDatabindWrites(Explain level) {
        for (Assessment a : List.of(full(), sparse(), withNulls())) {
            assertThat(KnotwiseJson.write(a, level)).isEqualTo(KnotwiseJson.writeWithDatabind(a, level));
        }
    }

    @ParameterizedTest
    @EnumSource(Explain.class)
    void theLevelDecidesTheExplanation(Explain level) {
        String json = KnotwiseJson.write(full(), level);
        assertThat(json.contains("\"explanation\"")).isEqualTo(level != Explain.NONE);
        assertThat(json.contains("\"because\"")).isEqualTo(level == Explain.FULL);
        assertThat(json).doesNotContain("inserted plan");
    }

    @ParameterizedTest
    @EnumSource(Explain.class)
    void aHugeAnswerDoesNotSpoilTheNext(Explain level) {
        String big = "x".repeat(300_000);
        Assessment huge = new Assessment(big, false, List.of(), List.of(), null, List.of(), List.of(),
                new Professional(false, "none", List.of(), List.of()), List.of(), List.of(), List.of(), null, null, RULES);
        assertThat(KnotwiseJson.write(huge, level)).contains(big);
        assertThat(KnotwiseJson.write(sparse(), level)).isEqualTo(KnotwiseJson.writeWithDatabind(sparse(), level));
    }
}
