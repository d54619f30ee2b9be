package org.knotwise.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Caution;

import org.knotwise.kb.KnowledgeBase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.knotwise.rules.RuleTesting.assess;
import static org.knotwise.rules.RuleTesting.fired;
import static org.knotwise.rules.RuleTesting.pain;
import static org.knotwise.rules.RuleTesting.siteRegions;
import static org.knotwise.rules.RuleTesting.sound;
import static org.knotwise.rules.RuleTesting.notTender;
import static org.knotwise.rules.RuleTesting.trigger;

/** cautions.drl: the contract's §7.6 cautions, each with its trigger, its effect and its source. */
class CautionRulesTest {

    private static Caution caution(Assessment a, String code) {
        return a.cautions().stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no caution " + code + " in " + a.cautionCodes()));
    }

    @Test
    void chestPainWithoutTheFlagKeepsSelfCareButWarnsAboutTheHeart() {
        Assessment a = assess(pain("chest"));

        assertThat(a.selfCare()).isTrue();
        Caution heart = caution(a, "CHEST_HEART");
        assertThat(heart.message()).contains("heart").contains("emergency").contains("does not rule out");
        assertThat(heart.source()).as("the knowledge base's source for the caution")
                .isEqualTo(KnowledgeBase.builtIn().caution("CHEST_HEART").citation()).contains("https://");
        assertThat(heart.region()).isNull();
    }

    @Test
    void aRedFlagStillListsTheCautionsThatApply() {
        Assessment a = assess(pain("chest").flags("chest-pain").person(null, true, null));

        assertThat(a.selfCare()).isFalse();
        assertThat(a.technique()).isNull();
        assertThat(a.cautionCodes()).containsExactly("CHEST_HEART", "BLOOD_THINNERS");
        assertThat(a.professional().urgency()).isEqualTo("emergency");
    }

    @Test
    void frontOfTheNeckAtTheTopGetsFingersOnly() {
        Assessment a = assess(pain("forehead").spots(trigger("neck-side")));

        assertThat(a.candidateSites().get(0).region()).isEqualTo("neck-side");
        assertThat(a.candidateSites().get(0).muscles()).containsAnyOf("sternocleidomastoid", "scalenes");
        Caution neck = caution(a, "FRONT_OF_NECK");
        assertThat(neck.region()).isEqualTo("neck-side");
        assertThat(neck.message()).contains("pulse").contains("fingertips");
        assertThat(a.technique().tools()).containsExactly("fingers", "thumb");
        assertThat(a.technique().intensity().max()).isLessThanOrEqualTo(5);
    }

    @Test
    void frontOfTheNeckLowerDownLimitsOnlyItsOwnSite() {
        // Chest pain: the chest's own muscles and the scalenes (neck-side) are both candidates.
        Assessment a = assess(pain("chest").spots(RuleTesting.tender("chest")));

        assertThat(a.candidateSites().get(0).region()).isEqualTo("chest");
        assertThat(siteRegions(a)).contains("neck-side");
        assertThat(caution(a, "FRONT_OF_NECK").region()).isEqualTo("neck-side");
        assertThat(a.technique().tools()).as("the chest may still use a ball").contains("ball");
    }

    @ParameterizedTest
    @CsvSource({"calf,sudden,", "calf,,true", "knee-back,sudden,false", "knee-back,gradual,true"})
    void possibleClotMeansNoMassageAndADoctorToday(String region, String onset, Boolean swelling) {
        Assessment a = assess(pain(region).onset(onset).swelling(swelling).spots(trigger(region))
                .history(sound().tool("foam-roller")));

        assertThat(a.cautionCodes()).contains("POSSIBLE_CLOT");
        assertThat(a.selfCare()).isFalse();
        assertThat(a.technique()).isNull();
        assertThat(a.candidateSites()).isEmpty();
        assertThat(a.adjustments()).isEmpty();
        assertThat(a.professional().urgency()).isEqualTo("urgent");
        assertThat(a.professional().reasons()).contains("POSSIBLE_CLOT").doesNotContain("RED_FLAG");
        assertThat(caution(a, "POSSIBLE_CLOT").source()).contains("deep-vein-thrombosis");
    }

    @ParameterizedTest
    @CsvSource({"calf,gradual,false", "calf,,", "shin,sudden,false", "upper-arm-back,sudden,true", "thigh-front,sudden,"})
    void noClotCautionWithoutBothARegionAndASign(String region, String onset, Boolean swelling) {
        Assessment a = assess(pain(region).onset(onset).swelling(swelling));

        assertThat(a.cautionCodes()).doesNotContain("POSSIBLE_CLOT");
        assertThat(a.selfCare()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"temple,50,true", "jaw,85,true", "temple,49,false", "neck-back,70,false"})
    void templeOrJawPainFromFiftyMeansADoctorTheSameDay(String region, int age, boolean caution) {
        Assessment a = assess(pain(region).person(age, null, null));

        assertThat(a.cautionCodes().contains("ARTERITIS_RISK")).isEqualTo(caution);
        assertThat(a.selfCare()).isEqualTo(!caution);
        if (caution) {
            assertThat(a.professional().urgency()).isEqualTo("urgent");
            assertThat(a.professional().reasons()).contains("ARTERITIS_RISK");
            assertThat(a.technique()).isNull();
        }
    }

    @Test
    void bloodThinnersAskADoctorFirstAndKeepItGentle() {
        Assessment a = assess(pain("mid-back").person(40, true, false));

        assertThat(a.cautionCodes()).containsExactly("BLOOD_THINNERS");
        assertThat(a.selfCare()).isTrue();
        assertThat(a.technique().startGentle()).isTrue();
        assertThat(a.professional().reasons()).containsExactly("MEDICAL_CHECK");
        assertThat(a.professional().urgency()).isEqualTo("routine");
        assertThat(fired(a)).contains("caution.blood-thinners", "caution.start-gentle");
    }

    @Test
    void pregnancyRemovesTheAbdomenAndDeepSites() {
        Assessment without = assess(pain("low-back"));
        assertThat(siteRegions(without)).as("the map's iliopsoas and rectus abdominis").contains("abdomen");

        Assessment a = assess(pain("low-back").person(null, null, true));

        assertThat(a.cautionCodes()).contains("PREGNANCY");
        assertThat(siteRegions(a)).doesNotContain("abdomen").isNotEmpty();
        assertThat(a.selfCare()).isTrue();
        assertThat(a.technique().startGentle()).isTrue();
        assertThat(a.technique().tools()).isNotEmpty();
        assertThat(a.professional().reasons()).doesNotContain("MEDICAL_CHECK", "HARD_TO_REACH");
        assertThat(a.explanation()).as("the withdrawn sites are explained")
                .anyMatch(s -> s.rule().equals("caution.pregnancy-sites")
                        && s.concluded().stream().anyMatch(c -> c.startsWith("withdrew")));
    }

    @Test
    void pregnancyWithOnlyAbdomenOrGroinSitesLeftMeansAskingADoctor() {
        // Thigh pain with nothing found at the thigh: the map's only other site is the groin (iliopsoas).
        Assessment a = assess(pain("thigh-front").person(30, false, true)
                .spots(notTender("thigh-front"), notTender("thigh-inner")));

        assertThat(a.candidateSites()).isEmpty();
        assertThat(a.selfCare()).isFalse();
        assertThat(a.technique()).isNull();
        assertThat(a.cautionCodes()).containsExactly("PREGNANCY");
        assertThat(a.professional().reasons()).containsExactly("MEDICAL_CHECK");
        assertThat(a.professional().urgency()).isEqualTo("routine");
        assertThat(fired(a)).contains("caution.pregnancy-sites", "caution.pregnancy-no-site");
    }

    @Test
    void abdominalPainInPregnancyIsForAMidwifeOrDoctor() {
        Assessment a = assess(pain("abdomen").person(30, false, true).spots(trigger("abdomen")));

        assertThat(a.selfCare()).isFalse();
        assertThat(a.candidateSites()).isEmpty();
        assertThat(a.cautionCodes()).containsExactly("PREGNANCY", "PREGNANCY_CHECK");
        assertThat(a.professional().reasons()).containsExactly("PREGNANCY_CHECK");
        assertThat(a.professional().urgency()).isEqualTo("routine");
        assertThat(fired(a)).doesNotContain("rub.plan", "caution.pregnancy-sites");
    }

    @ParameterizedTest
    @ValueSource(strings = {"burning", "tingling"})
    void nerveLikePainIsGentleOnly(String quality) {
        Assessment a = assess(pain("forearm-front").quality("aching", quality));

        assertThat(a.cautionCodes()).containsExactly("NERVE_SYMPTOMS");
        assertThat(a.technique().startGentle()).isTrue();
        assertThat(caution(a, "NERVE_SYMPTOMS").message()).contains("persists or spreads");
    }

    @ParameterizedTest
    @CsvSource({"7,false", "8,true", "10,true"})
    void severePainFromEight(int severity, boolean caution) {
        Assessment a = assess(pain("shoulder-top").severity(severity));

        assertThat(a.cautionCodes().contains("SEVERE_PAIN")).isEqualTo(caution);
        assertThat(a.selfCare()).isTrue();
    }

    @Test
    void nothingKnownNoCaution() {
        Assessment a = assess(pain("mid-back"));

        assertThat(a.cautions()).isEmpty();
        assertThat(fired(a)).noneMatch(id -> id.startsWith("caution."));
    }

    @Test
    void everyCautionNamesItsPublicSource() {
        Assessment a = assess(pain("chest", "calf", "temple").swelling(true).quality("burning").severity(9)
                .person(60, true, true).spots(trigger("neck-side")));

        assertThat(a.cautionCodes()).contains("CHEST_HEART", "POSSIBLE_CLOT", "ARTERITIS_RISK", "BLOOD_THINNERS",
                "PREGNANCY", "NERVE_SYMPTOMS", "SEVERE_PAIN");
        assertThat(a.cautions()).allSatisfy(c -> {
            assertThat(c.message()).isNotBlank();
            assertThat(c.source()).containsPattern("https://[a-z.]+/");
        });
    }

    @Test
    void theSciaticNerveCautionStandsWithPiriformisAtTheButtock() {
        // review v3 S12: tingling at the back of the thigh, piriformis a candidate
        Assessment a = assess(pain("thigh-back", "buttock").quality("tingling").onset("gradual").swelling(false));

        assertThat(a.candidateSites()).anySatisfy(s -> assertThat(s.muscles()).contains("piriformis"));
        Caution sciatic = caution(a, "SCIATIC_NERVE");
        assertThat(sciatic.region()).isEqualTo("buttock");
        assertThat(sciatic.message()).contains("sciatic nerve");
        assertThat(sciatic.source()).containsPattern("https://\\S+");
    }

    @Test
    void behindTheKneeAtTheTopFingersOnlyAndGently() {
        // review v3 S10: the hollow behind the knee, beside the popliteal vessels
        Assessment a = assess(pain("knee-back").onset("gradual").swelling(false));

        assertThat(a.candidateSites().get(0).region()).isEqualTo("knee-back");
        assertThat(caution(a, "NEAR_VESSELS").region()).isEqualTo("knee-back");
        assertThat(a.technique().tools()).isSubsetOf("fingers", "thumb");
        assertThat(a.technique().intensity().max()).isLessThanOrEqualTo(5);
    }

    @Test
    void bloodThinnersKeepThePressureLowAndTheHardToolsAway() {
        // review v3 S14: an elbow and a hook-shaped tool at 4 to 7 out of 10 are not gentle
        Assessment a = assess(pain("upper-back").person(70, true, null));

        assertThat(a.technique().intensity().max()).isLessThanOrEqualTo(5);
        assertThat(a.technique().tools()).doesNotContain("elbow", "fist", "backnobber");
        assertThat(a.expectations()).noneMatch(e -> e.contains("safe"));
    }

    @Test
    void newBackPainAtSixtyWithARedFlagDoesNotSaySelfMassageCanGoOn() {
        // probe N36: a cauda-equina emergency at 55 lists BACK_PAIN_AGE; without a plan it must not invite massage
        Assessment flagged = assess(pain("low-back").person(55, null, null).flags("saddle-numbness"));
        Assessment plain = assess(pain("low-back").person(55, null, null));

        assertThat(caution(flagged, "BACK_PAIN_AGE").message()).doesNotContain("self-massage can go on");
        assertThat(caution(plain, "BACK_PAIN_AGE").message()).contains("self-massage can go on");
    }
}
