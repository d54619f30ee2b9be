package org.knotwise.kb;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the review of the referral map asked for (issue 9, article-coverage §5) holds in the
 * built-in data: one region per muscle, the fixed and added rows, the deep muscles and the
 * cautions judged per muscle, a public source wherever the data claims one.
 */
class MapContentTest {

    private static final KnowledgeBase KB = KnowledgeBase.builtIn();

    private static List<String> musclesFor(String pain) {
        return KB.referralsTo(pain).stream().map(Referral::muscle).toList();
    }

    @Test
    void everyMapMuscleHasExactlyOneRegionAndItIsTheMuscleRowsRegion() {
        Map<String, String> placed = new HashMap<>();
        for (Referral r : KB.referrals()) {
            String before = placed.putIfAbsent(r.muscle(), r.triggerRegion());
            assertThat(before == null ? r.triggerRegion() : before).as(r.muscle() + " on line " + r.line())
                    .isEqualTo(r.triggerRegion());
            Muscle m = KB.muscle(r.muscle());
            assertThat(m).as("muscles.csv row for " + r.muscle()).isNotNull();
            assertThat(m.region()).as(r.muscle()).isEqualTo(r.triggerRegion());
        }
        assertThat(KB.muscles().keySet()).containsExactlyInAnyOrderElementsOf(placed.keySet());
    }

    @Test
    void gluteusMediusAtTheSideOfTheHipAndIliopsoasAtTheGroin() {
        assertThat(KB.muscle("gluteus medius").region()).isEqualTo("hip-side");
        assertThat(KB.muscle("iliopsoas").region()).isEqualTo("groin");
        assertThat(KB.referrals()).filteredOn(r -> r.muscle().equals("iliopsoas"))
                .extracting(Referral::triggerRegion).containsOnly("groin");
    }

    @Test
    void supraspinatusIsNoLongerAtTheFrontOfTheShoulderButDownTheOuterArm() {
        assertThat(musclesFor("shoulder-front")).doesNotContain("supraspinatus");
        assertThat(musclesFor("elbow-outer")).contains("supraspinatus");
        assertThat(musclesFor("forearm-back")).contains("supraspinatus");
    }

    @Test
    void theAddedPatterns() {
        assertThat(musclesFor("elbow-inner")).first().as("the local flexor-pronator mass first").isEqualTo("wrist and finger flexors");
        assertThat(KB.referralsTo("elbow-inner").get(0).triggerRegion()).isEqualTo("forearm-front");
        assertThat(musclesFor("temple")).contains("semispinalis capitis", "temporalis");
        assertThat(musclesFor("mid-back")).contains("latissimus dorsi");
        assertThat(musclesFor("forehead")).contains("temporalis");
    }

    @Test
    void thePainfulAreasOwnMuscleComesFirstWhereTheMapHasOne() {
        for (String pain : List.of("forehead", "temple", "sole", "buttock", "elbow-inner", "mid-back")) {
            Referral first = KB.referralsTo(pain).get(0);
            assertThat(first.triggerRegion()).as("first row for " + pain + ": " + first.muscle())
                    .isIn(pain, KB.region(pain).towardCentre(), "forearm-front");
        }
    }

    @Test
    void theDeepMusclesAreJudgedPerMuscle() {
        assertThat(KB.muscles().values()).filteredOn(Muscle::deep).extracting(Muscle::name)
                .containsExactlyInAnyOrder("subscapularis", "iliopsoas", "lateral pterygoid", "medial pterygoid",
                        "serratus posterior superior", "tibialis posterior", "popliteus");
        assertThat(KB.isDeep("popliteus")).as("under gastrocnemius and the vessels behind the knee").isTrue();
        assertThat(KB.isDeep("iliopsoas")).isTrue();
        assertThat(KB.isDeep("rectus abdominis")).as("shares the abdomen, yet not deep").isFalse();
        assertThat(KB.isDeep("piriformis")).as("reached through gluteus maximus with a ball").isFalse();
        assertThat(KB.isDeep("no such muscle")).isFalse();
    }

    @Test
    void theFrontOfTheNeckAndTheAbdomenCarryTheirCautions() {
        assertThat(KB.muscle("sternocleidomastoid").caution()).isEqualTo("FRONT_OF_NECK");
        assertThat(KB.muscle("scalenes").caution()).isEqualTo("FRONT_OF_NECK");
        for (String m : List.of("iliopsoas", "rectus abdominis", "abdominal obliques")) {
            assertThat(KB.muscle(m).caution()).as(m).isEqualTo("ABDOMEN");
        }
        assertThat(KB.muscle("piriformis").caution()).isEqualTo("SCIATIC_NERVE");
        assertThat(KB.muscles().values()).filteredOn(Muscle::hasCaution).extracting(Muscle::name)
                .containsExactlyInAnyOrder("sternocleidomastoid", "scalenes", "iliopsoas", "rectus abdominis",
                        "abdominal obliques", "piriformis");
        KB.musclesAt("neck-side").forEach(m -> assertThat(KB.muscle(m).caution()).as(m).isEqualTo("FRONT_OF_NECK"));
    }

    @Test
    void theV3AddedPatternsComeAfterEachPainsExistingRows() {
        Map<String, String> added = Map.of(
                "thigh-back", "gluteus maximus", "knee-back", "vastus lateralis", "low-back", "piriformis",
                "fingers", "scalenes", "shoulder-front", "pectoralis minor", "hand", "flexor carpi radialis");
        Map<String, String> firstBefore = Map.of(
                "thigh-back", "gluteus minimus", "knee-back", "gastrocnemius", "low-back", "quadratus lumborum",
                "fingers", "finger flexors", "shoulder-front", "infraspinatus", "hand", "wrist and finger extensors");
        added.forEach((pain, muscle) -> {
            List<String> muscles = musclesFor(pain);
            assertThat(muscles).as(pain).endsWith(muscle);
            assertThat(muscles).as("the map's first row for " + pain + " stays first").startsWith(firstBefore.get(pain));
        });
        assertThat(KB.referralsTo("knee-back")).filteredOn(r -> r.muscle().equals("vastus lateralis"))
                .extracting(Referral::source).singleElement().asString().contains("symptom_leg_lateralis");
    }

    @Test
    void everyMuscleNamesAPublicPage() {
        assertThat(KB.muscles().values()).allSatisfy(m -> assertThat(m.source()).as(m.name()).containsPattern("https?://"));
    }

    @Test
    void everyCautionAndRedFlagHasItsPublicSource() {
        Set<String> codes = KB.cautions().keySet();
        assertThat(codes).containsAll(Vocabulary.CAUTIONS).containsAll(Vocabulary.RED_FLAGS)
                .containsAll(Vocabulary.MUSCLE_CAUTIONS);
        for (Caution c : KB.cautions().values()) {
            assertThat(c.sourceUrl()).as(c.code()).startsWith("http");
            assertThat(c.sourceName()).as(c.code()).isNotBlank();
        }
        Caution clot = KB.caution("POSSIBLE_CLOT");
        assertThat(clot.sourceUrl()).isEqualTo("https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/");
        assertThat(KB.caution("saddle-numbness").sourceUrl()).contains("nhs.uk");
        assertThat(KB.caution("NO_SUCH")).isNull();
    }

    @Test
    void theV3CautionsAndRedFlagsEachHaveTheirPage() {
        assertThat(Vocabulary.RED_FLAGS).hasSize(18).endsWith("shortness-of-breath", "fainting", "confusion", "stiff-neck",
                "vision-change", "vomiting", "blood-in-stool-vomit-or-urine", "rash");
        assertThat(Vocabulary.CAUTIONS).contains("HEART_SIGNS", "CLOT_CHECK", "SUDDEN_SEVERE", "SUDDEN_ABDOMINAL",
                "PREGNANCY_CHECK", "INFLAMED_AREA", "BACK_PAIN_AGE", "NEAR_VESSELS", "CHILD");
        assertThat(Vocabulary.MUSCLE_CAUTIONS).containsExactlyInAnyOrder("FRONT_OF_NECK", "ABDOMEN", "SCIATIC_NERVE");
        Map<String, String> pages = Map.of(
                "CLOT_CHECK", "nhs.uk/conditions/deep-vein-thrombosis-dvt",
                "SUDDEN_SEVERE", "nhs.uk/conditions/subarachnoid-haemorrhage",
                "SUDDEN_ABDOMINAL", "nhs.uk/conditions/stomach-ache",
                "BACK_PAIN_AGE", "nhs.uk",
                "NEAR_VESSELS", "abmp.com",
                "stiff-neck", "nhs.uk/conditions/meningitis",
                "rash", "nhs.uk/conditions/shingles",
                "blood-in-stool-vomit-or-urine", "nhs.uk/conditions/blood-in-urine");
        pages.forEach((code, page) -> assertThat(KB.caution(code).sourceUrl()).as(code).contains(page));
        for (String code : List.of("HEART_SIGNS", "CLOT_CHECK", "SUDDEN_SEVERE", "SUDDEN_ABDOMINAL", "PREGNANCY_CHECK",
                "INFLAMED_AREA", "BACK_PAIN_AGE", "NEAR_VESSELS", "CHILD", "SCIATIC_NERVE", "shortness-of-breath",
                "fainting", "confusion", "stiff-neck", "vision-change", "vomiting", "blood-in-stool-vomit-or-urine", "rash")) {
            assertThat(KB.caution(code)).as(code).isNotNull();
        }
    }

    @Test
    void everyRegionHasAPlainDescription() {
        assertThat(KB.regions().values()).allSatisfy(r -> assertThat(r.description()).as(r.id()).isNotBlank());
        assertThat(KB.region("heel").description()).contains("heel");
    }
}
