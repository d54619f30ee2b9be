package org.knotwise.rules.properties;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.CandidateSite;
import org.knotwise.engine.model.Caution;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cautions of contract §7.6, over thousands of generated valid cases: each property holds
 * whatever else the case says (red flags, spots, history, other cautions).
 */
class CautionPropertiesTest {
    private static final Knotwise ENGINE = Knotwise.builtIn();
    private static final List<String> NOT_AT_THE_NECK = List.of("ball", "tennis-ball", "foam-roller", "backnobber");
    private static final List<String> FRONT_OF_NECK_MUSCLES = List.of("sternocleidomastoid", "scalenes");

    @Provide
    Arbitrary<ObjectNode> cases() {
        return ValidCases.cases();
    }

    /** Any valid case, with calf pain that began suddenly. */
    @Provide
    Arbitrary<ObjectNode> suddenCalfCases() {
        return ValidCases.cases().map(c -> {
            ObjectNode complaint = (ObjectNode) c.get("complaint");
            ((ArrayNode) complaint.get("regions")).add("calf");
            complaint.put("onset", "sudden");
            return c;
        });
    }

    /** Any valid case, with a pressed spot at the side of the neck that counts, so the neck is often the top site. */
    @Provide
    Arbitrary<ObjectNode> neckSpotCases() {
        return ValidCases.casesWithoutRedFlags().map(c -> {
            ArrayNode spots = c.has("spots") && c.get("spots").isArray() ? (ArrayNode) c.get("spots") : c.putArray("spots");
            spots.insertObject(0).put("region", "neck-side").put("tender", true).put("goodPain", true).put("relevant", true);
            return c;
        });
    }

    /** Any valid case of a pregnant person. */
    @Provide
    Arbitrary<ObjectNode> pregnantCases() {
        return ValidCases.cases().map(c -> {
            ObjectNode person = c.has("person") && c.get("person").isObject() ? (ObjectNode) c.get("person") : c.putObject("person");
            person.put("pregnant", true);
            return c;
        });
    }

    @Property(tries = SafetyPropertiesTest.TRIES)
    void aCalfCaseWithSuddenOnsetNeverGetsAPlan(@ForAll("suddenCalfCases") ObjectNode c) {
        Assessment a = assess(c);
        assertThat(a.selfCare()).isFalse();
        assertThat(a.technique()).isNull();
        assertThat(a.candidateSites()).isEmpty();
        assertThat(a.cautionCodes()).contains("POSSIBLE_CLOT");
        assertThat(a.professional().urgency()).isIn("urgent", "emergency");
    }

    @Property(tries = SafetyPropertiesTest.TRIES)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void aFrontOfNeckTopSiteNeverGetsABallOrFoamRoller(@ForAll("neckSpotCases") ObjectNode c) {
        Assessment a = assess(c);
        CandidateSite top = a.technique() == null || a.candidateSites().isEmpty() ? null : a.candidateSites().get(0);
        boolean frontOfNeckOnTop = top != null && top.muscles().stream().anyMatch(FRONT_OF_NECK_MUSCLES::contains);
        // The property must be tried, not just pass: most of these cases put the neck on top.
        Statistics.collect(frontOfNeckOnTop);
        Statistics.coverage(coverage -> coverage.check(true).percentage(p -> p >= 30));
        if (frontOfNeckOnTop) {
            assertThat(a.technique().tools()).doesNotContainAnyElementsOf(NOT_AT_THE_NECK);
            assertThat(a.cautions()).anyMatch(x -> x.code().equals("FRONT_OF_NECK") && top.region().equals(x.region()));
        }
    }

    @Property(tries = SafetyPropertiesTest.TRIES)
    void aPregnantPersonNeverGetsAnAbdomenSite(@ForAll("pregnantCases") ObjectNode c) {
        Assessment a = assess(c);
        assertThat(a.candidateSites()).extracting(CandidateSite::region).doesNotContain("abdomen");
        assertThat(a.cautionCodes()).contains("PREGNANCY");
        if (a.selfCare()) {
            assertThat(a.technique().startGentle()).isTrue();
        }
    }

    @Property(tries = SafetyPropertiesTest.TRIES)
    void everyCautionNamesItsSource(@ForAll("cases") ObjectNode c) {
        Assessment a = assess(c);
        for (Caution caution : a.cautions()) {
            assertThat(caution.code()).matches("[A-Z_]+");
            assertThat(caution.message()).isNotBlank();
            assertThat(caution.source()).as(caution.code()).containsPattern("https://\\S+");
        }
        // one caution per code and site: a muscle's caution may stand at two sites (ABDOMEN at the abdomen and the groin)
        assertThat(a.cautions()).extracting(x -> x.code() + "@" + x.region()).doesNotHaveDuplicates();
    }

    @Property(tries = SafetyPropertiesTest.TRIES)
    void aCautionThatRulesOutSelfMassageLeavesNoPlan(@ForAll("cases") ObjectNode c) {
        Assessment a = assess(c);
        if (a.cautionCodes().stream().anyMatch(java.util.Set.of("POSSIBLE_CLOT", "ARTERITIS_RISK", "HEART_SIGNS",
                "SUDDEN_SEVERE", "SUDDEN_ABDOMINAL", "PREGNANCY_CHECK", "CHILD")::contains)) {
            assertThat(a.selfCare()).isFalse();
            assertThat(a.technique()).isNull();
            assertThat(a.candidateSites()).isEmpty();
            assertThat(a.adjustments()).isEmpty();
            assertThat(a.professional().urgency()).isIn("routine", "urgent", "emergency");
        }
    }

    private static Assessment assess(ObjectNode c) {
        return ENGINE.assess(KnotwiseJson.readCase(c));
    }
}
