package org.knotwise.rules.properties;

import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.engine.batch.CaseLineProcessor;
import org.knotwise.engine.batch.CaseOutcome;
import org.knotwise.engine.batch.InputLine;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.model.Range;
import org.knotwise.engine.model.Technique;
import org.knotwise.kb.Vocabulary;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a health app must be able to trust, hunted for over thousands of generated valid cases with
 * the built-in rules. A failure prints the smallest case that breaks the property; keep it as a
 * plain test beside it once fixed.
 */
class SafetyPropertiesTest {
    static final int TRIES = 2000;
    private static final Knotwise ENGINE = Knotwise.builtIn();
    private static final Set<String> RULE_IDS = ENGINE.ruleBase().rules().stream().map(RuleDescription::id)
            .collect(Collectors.toSet());
    /** The rule the engine itself adds when no rule answered a red flag. */
    private static final String SAFETY_NET = "engine.red-flag-safety-net";

    @Provide
    Arbitrary<ObjectNode> cases() {
        return ValidCases.cases();
    }

    @Provide
    Arbitrary<ObjectNode> casesWithARedFlag() {
        return ValidCases.casesWithARedFlag();
    }

    @Provide
    Arbitrary<ObjectNode> casesWithoutRedFlags() {
        return ValidCases.casesWithoutRedFlags();
    }

    @Property(tries = TRIES)
    void aRedFlagNeverGetsAMassagePlan(@ForAll("casesWithARedFlag") ObjectNode c) {
        Assessment a = assess(c);
        assertThat(a.selfCare()).isFalse();
        assertThat(a.technique()).isNull();
        assertThat(a.candidateSites()).isEmpty();
        assertThat(a.adjustments()).isEmpty();
        assertThat(a.professional().urgency()).isIn("urgent", "emergency"); // emergency: contract §7.7
        assertThat(a.professional().recommended()).isTrue();
        assertThat(a.professional().reasons()).contains("RED_FLAG");
    }

    @Property(tries = TRIES)
    void everyPlanIsInsideTheArticlesRanges(@ForAll("casesWithoutRedFlags") ObjectNode c) {
        Assessment a = assess(c);
        Technique t = a.technique();
        if (t == null) {
            return;
        }
        assertThat(t.method()).isIn("HOLD", "KNEADING");
        assertThat(t.strokes()).isIn("CIRCULAR_OR_BACK_AND_FORTH", "PARALLEL_TO_FIBRES");
        assertInside(t.holdSeconds(), 10, 100, "holdSeconds");
        // contract §8.3: only these cautions may lower the range, never raise it
        boolean gentler = a.cautionCodes().stream().anyMatch(java.util.Set.of("BLOOD_THINNERS", "FRONT_OF_NECK", "NEAR_VESSELS")::contains);
        if (gentler) {
            assertThat(t.intensity().min()).isBetween(1, t.intensity().max());
            assertThat(t.intensity().max()).isBetween(1, 7);
            if (a.cautionCodes().contains("BLOOD_THINNERS")) {
                assertThat(t.intensity().max()).isLessThanOrEqualTo(5);
                assertThat(t.tools()).doesNotContain("elbow", "fist", "backnobber");
            }
        } else {
            assertInside(t.intensity(), 4, 7, "intensity");
        }
        assertInside(new Range(t.sessionSeconds().start(), t.sessionSeconds().max()), 30, 300, "sessionSeconds");
        assertInside(t.sessionsPerDay(), 2, 6, "sessionsPerDay");
        assertThat(t.tools()).isNotEmpty().allSatisfy(tool -> assertThat(Vocabulary.TOOLS).contains(tool));
    }

    @Property(tries = TRIES)
    void selfCareAlwaysComesWithACandidateSite(@ForAll("cases") ObjectNode c) {
        Assessment a = assess(c);
        if (a.selfCare()) {
            assertThat(a.candidateSites()).isNotEmpty();
            assertThat(a.technique()).isNotNull();
        } else {
            assertThat(a.technique()).as("no plan without self-care").isNull();
        }
    }

    @Property(tries = TRIES)
    void adjustmentsNeverContradictEachOther(@ForAll("casesWithoutRedFlags") ObjectNode c) {
        List<String> codes = assess(c).adjustmentCodes();
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(codes.contains("REDUCE_INTENSITY") && codes.contains("INCREASE_INTENSITY")).as(codes.toString()).isFalse();
        assertThat(codes.contains("MORE_OFTEN") && codes.contains("LESS_OFTEN")).as(codes.toString()).isFalse();
        assertThat(codes.contains("EASE_OFF") && codes.contains("INCREASE_INTENSITY")).as(codes.toString()).isFalse();
        assertThat(codes.contains("EASE_OFF") && codes.contains("MORE_OFTEN")).as(codes.toString()).isFalse();
    }

    @Property(tries = TRIES)
    void everyFiredRuleIsExplainedWithItsIdAndSection(@ForAll("cases") ObjectNode c) {
        Assessment a = assess(c);
        assertThat(a.explanation()).isNotEmpty();
        for (ExplanationStep step : a.explanation()) {
            assertThat(step.rule()).isNotBlank();
            assertThat(step.source()).isNotBlank();
            if (!SAFETY_NET.equals(step.rule())) {
                assertThat(RULE_IDS).as("a rule of the rule base").contains(step.rule());
                assertThat(step.source()).startsWith("§");
            }
        }
        for (CandidateSite site : a.candidateSites()) {
            assertThat(Vocabulary.REGIONS).contains(site.region());
            assertThat(site.basis()).isIn("palpated", "referral", "area");
            assertThat(site.confidence()).isIn("high", "medium", "low");
            assertThat(site.rules()).isNotEmpty().allSatisfy(id -> assertThat(RULE_IDS).contains(id));
        }
    }

    @Property(tries = TRIES)
    void assessingAValidCaseNeverFails(@ForAll("cases") ObjectNode c) {
        CaseOutcome outcome = new CaseLineProcessor(ENGINE).process(new InputLine(1, c.toString(), null));
        assertThat(outcome.error()).as(outcome.json()).isNull();
        assertThat(KnotwiseJson.parse(outcome.json()).get("id").asText()).isEqualTo(c.get("id").asText());
    }

    private static Assessment assess(ObjectNode c) {
        return ENGINE.assess(KnotwiseJson.readCase(c));
    }

    private static void assertInside(Range r, int min, int max, String what) {
        assertThat(r).as(what).isNotNull();
        assertThat(r.min()).as(what + ".min").isBetween(min, max);
        assertThat(r.max()).as(what + ".max").isBetween(r.min(), max);
    }
}
