package org.knotwise.rules.properties;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.Complaint;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.workbench.generate.CaseGenerator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract §8.3 to §8.5 over generated cases, checked against an oracle written from the contract's
 * tables, not from the rules: every pattern that massage must not meet gives no self-care, the
 * urgency is at least the highest its rows and red flags ask for (exactly emergency where one asks for
 * it), and every line is true of the case (§8.4). The generator steers a share of its cases into each
 * §8.3 row and every red flag.
 */
class SafetyPatternsPropertiesTest {
    private static final Knotwise ENGINE = Knotwise.builtIn();
    private static final int CASES_PER_TRY = 40;
    private static final List<String> URGENCY = List.of("none", "routine", "urgent", "emergency");
    private static final Set<String> HEAD = Set.of("forehead", "temple", "back-of-head");
    private static final Set<String> HEART_SPREAD = Set.of("shoulder-front", "shoulder-top", "upper-arm-front",
            "upper-arm-back", "jaw", "neck-side", "neck-back", "upper-back");
    private static final Set<String> CLOT_SITES = Set.of("calf", "knee-back", "thigh-back", "thigh-inner");
    private static final Set<String> LEG = Set.of("thigh-front", "thigh-back", "thigh-outer", "thigh-inner",
            "knee-front", "knee-back", "shin", "calf", "ankle", "heel", "sole", "top-of-foot");
    private static final Set<String> EMERGENCY_FLAGS = Set.of("saddle-numbness", "bowel-or-bladder-change",
            "chest-pain", "shortness-of-breath", "fainting", "confusion");
    /** Rules that say a plan was made: none of them fires in an answer without self-care (§8.4). */
    private static final Set<String> PLAN_RULES = Set.of("rub.plan", "find.how-to-search", "find.wide-net",
            "hard.beginner", "rub.feels-good", "often.session-length", "release.feel", "release.timing",
            "release.tender-after", "release.experimental", "tools.by-reach", "tools.ball-against-wall");
    /** How each time frame is put in words (§8.4: one time frame per answer). */
    private static final List<List<String>> FRAME_WORDS = List.of(
            List.of(), List.of("within the next few weeks", "within weeks"), List.of("today"),
            List.of("emergency services now", "emergency care now"));

    /** What the contract's tables demand of a case: whether massage must wait, and the lowest urgency. */
    record Demand(boolean noSelfCare, int urgency, List<String> why) {
    }

    static Demand demand(Case c) {
        Complaint p = c.complaint();
        Set<String> regions = Set.copyOf(p.regions());
        boolean sudden = "sudden".equals(p.onset());
        boolean swollen = Boolean.TRUE.equals(p.swelling());
        int severity = p.severity() == null ? -1 : p.severity();
        Integer age = c.person().age();
        boolean pregnant = Boolean.TRUE.equals(c.person().pregnant());
        List<String> why = new ArrayList<>();
        boolean stop = false;
        int urgency = 0;
        if (!c.redFlags().isEmpty()) {
            stop = true;
            urgency = Math.max(urgency, 2);
            why.add("red flag");
            boolean emergency = c.redFlags().stream().anyMatch(EMERGENCY_FLAGS::contains)
                    || (c.redFlags().contains("stiff-neck") && c.redFlags().contains("fever"));
            if (emergency) {
                urgency = 3;
            }
        }
        if (regions.contains("chest") && sudden) {
            stop = true;
            why.add("HEART_SIGNS");
            urgency = Math.max(urgency, regions.stream().anyMatch(HEART_SPREAD::contains) || severity >= 8 ? 3 : 2);
        }
        boolean clot = (swollen && regions.stream().anyMatch(LEG::contains))
                || (sudden && regions.stream().anyMatch(CLOT_SITES::contains));
        if (clot) {
            stop = true;
            why.add("POSSIBLE_CLOT");
            urgency = Math.max(urgency, regions.contains("chest") || c.redFlags().contains("chest-pain") ? 3 : 2);
        }
        if (sudden && severity >= 8) {
            stop = true;
            why.add("SUDDEN_SEVERE");
            urgency = Math.max(urgency, regions.stream().anyMatch(HEAD::contains) ? 3 : 2);
        }
        if (regions.contains("abdomen") && sudden) {
            stop = true;
            why.add("SUDDEN_ABDOMINAL");
            urgency = Math.max(urgency, 2);
        }
        if (pregnant && (regions.contains("abdomen") || regions.contains("groin"))) {
            stop = true;
            why.add("PREGNANCY_CHECK");
            urgency = Math.max(urgency, sudden || severity >= 7 ? 2 : 1);
        }
        if (age != null && age < 12) {
            stop = true;
            why.add("CHILD");
            urgency = Math.max(urgency, regions.contains("abdomen") || !c.redFlags().isEmpty() ? 2 : 1);
        }
        if (age != null && age >= 50 && (regions.contains("temple") || regions.contains("jaw"))) {
            stop = true;
            why.add("ARTERITIS_RISK");
            urgency = Math.max(urgency, 2);
        }
        return new Demand(stop, urgency, why);
    }

    /** The next {@link #CASES_PER_TRY} generated cases from a seed, each with the engine's answer. */
    private static void forEachGenerated(long seed, java.util.function.BiConsumer<Case, Assessment> check) {
        CaseGenerator generator = new CaseGenerator(seed);
        for (int i = 0; i < CASES_PER_TRY; i++) {
            Case c = generator.nextCase();
            check.accept(c, ENGINE.assess(c));
        }
    }

    @Property(tries = 250)
    void everyPatternMassageMustNotMeetGivesNoPlanAndItsUrgency(@ForAll long seed) {
        forEachGenerated(seed, (c, a) -> {
            Demand d = demand(c);
            String as = d.why() + " " + c;
            if (d.noSelfCare()) {
                assertThat(a.selfCare()).as(as).isFalse();
                assertThat(a.technique()).as(as).isNull();
                assertThat(a.candidateSites()).as(as).isEmpty();
            }
            int urgency = URGENCY.indexOf(a.professional().urgency());
            assertThat(urgency).as("urgency of " + as).isGreaterThanOrEqualTo(d.urgency());
            if (d.urgency() == 3) {
                assertThat(a.professional().urgency()).as(as).isEqualTo("emergency");
            }
        });
    }

    @Property(tries = 250)
    void everyLineIsTrueOfTheCase(@ForAll long seed) {
        forEachGenerated(seed, (c, a) -> {
            String as = c.toString();
            List<String> fired = a.explanation().stream().map(ExplanationStep::rule).toList();
            if (!a.selfCare()) {
                assertThat(a.adjustments()).as("no corrections without self-care: " + as).isEmpty();
                assertThat(a.failureReasons()).as(as).isEmpty();
                assertThat(a.tips()).as(as).isEmpty();
                assertThat(a.expectations()).as(as).isEmpty();
                assertThat(fired).as("no rule says a plan was made: " + as).doesNotContainAnyElementsOf(PLAN_RULES);
            }
            if (c.history() != null && "better".equals(c.history().outcome())) {
                assertThat(a.failureReasons()).as("nothing fails when better: " + as).isEmpty();
            }
            for (ExplanationStep step : a.explanation()) {
                String because = step.because() == null ? "" : step.because();
                if (c.history() == null || c.history().negativeReactions() == null) {
                    assertThat(because).as(step.rule() + " on " + as).doesNotContain("no bad reactions");
                }
                if (c.history() == null || c.history().outcome() == null) {
                    assertThat(because).as(step.rule() + " on " + as).doesNotContain("never made it better");
                }
            }
            int frame = URGENCY.indexOf(a.professional().urgency());
            for (String advice : a.professional().advice()) {
                for (int slower = 1; slower < frame; slower++) {
                    for (String words : FRAME_WORDS.get(slower)) {
                        assertThat(advice).as("one time frame (" + a.professional().urgency() + "): " + as)
                                .doesNotContain(words);
                    }
                }
            }
            a.cautions().forEach(caution -> assertThat(caution.message())
                    .as("a caution says what to do; how soon is the professional advice's: " + as)
                    .doesNotContain("within the next few weeks", "within weeks"));
        });
    }
}
