package org.knotwise.workbench.generate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.knotwise.engine.session.CaseValidator;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Vocabulary;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseGeneratorTest {
    private static final CaseValidator VALIDATOR = new CaseValidator(KnowledgeBase.builtIn());

    private static List<String> lines(long seed, double bad, int n) {
        CaseGenerator g = new CaseGenerator(seed, bad);
        return IntStream.range(0, n).mapToObj(i -> g.nextLine()).toList();
    }

    @Test
    void theSameSeedGivesTheSameLinesAndAnotherSeedOthers() {
        assertThat(lines(5, 0.1, 500)).isEqualTo(lines(5, 0.1, 500));
        assertThat(lines(6, 0.1, 500)).isNotEqualTo(lines(5, 0.1, 500));
    }

    @Test
    void validCasesPassTheContractWithUniqueIdsAndCoverEveryRegion() {
        Set<String> ids = new HashSet<>();
        Set<String> painRegions = new HashSet<>();
        for (String line : lines(11, 0, 5000)) {
            JsonNode node = KnotwiseJson.parse(line);
            VALIDATOR.validate(KnotwiseJson.readCase(node));
            assertThat(ids.add(node.get("id").asText())).as(line).isTrue();
            node.at("/complaint/regions").forEach(r -> painRegions.add(r.asText()));
        }
        assertThat(painRegions).containsExactlyInAnyOrderElementsOf(Vocabulary.REGIONS);
    }

    @Test
    void versionTwoInputsAppearSometimesAndAreNeverMisread() {
        int onset = 0, swelling = 0, age = 0, anticoagulants = 0, pregnant = 0;
        for (String line : lines(12, 0, 2000)) {
            JsonNode node = KnotwiseJson.parse(line);
            var c = KnotwiseJson.readCase(node);
            VALIDATOR.validate(c);
            assertThat(c.warnings()).as("a generated case has no unknown field: " + line).isEmpty();
            if (node.at("/complaint/onset").isTextual()) onset++;
            if (node.at("/complaint/swelling").isBoolean()) swelling++;
            if (node.at("/person/age").isInt()) age++;
            if (node.at("/person/anticoagulants").isBoolean()) anticoagulants++;
            if (node.at("/person/pregnant").isBoolean()) pregnant++;
        }
        assertThat(List.of(onset, swelling, age, anticoagulants, pregnant)).allSatisfy(n -> assertThat(n).isBetween(100, 1900));
    }

    /** The triggers of contract v3 §8.3 (and §8.5's children), read off a case's fields as the contract words them. */
    static Map<String, Predicate<JsonNode>> triggers() {
        List<String> clotSites = List.of("calf", "knee-back", "thigh-back", "thigh-inner");
        List<String> leg = List.of("thigh-front", "thigh-back", "thigh-outer", "thigh-inner", "knee-front", "knee-back",
                "shin", "calf", "ankle", "heel", "sole", "top-of-foot");
        List<String> radiation = List.of("shoulder-front", "shoulder-top", "upper-arm-front", "upper-arm-back", "jaw",
                "neck-side", "neck-back", "upper-back");
        Predicate<JsonNode> sudden = c -> c.at("/complaint/onset").asText().equals("sudden");
        Predicate<JsonNode> swollen = c -> c.at("/complaint/swelling").asBoolean(false);
        Predicate<JsonNode> severe8 = c -> c.at("/complaint/severity").asInt(-1) >= 8;
        Predicate<JsonNode> possibleClot = c -> swollen.test(c) && anyPain(c, leg) || sudden.test(c) && anyPain(c, clotSites);
        Predicate<JsonNode> heartSigns = c -> pain(c, "chest") && sudden.test(c);
        Predicate<JsonNode> pregnancyCheck = c -> c.at("/person/pregnant").asBoolean(false) && anyPain(c, List.of("abdomen", "groin"));
        Predicate<JsonNode> child = c -> c.at("/person/age").isInt() && c.at("/person/age").asInt() < 12;
        Map<String, Predicate<JsonNode>> t = new LinkedHashMap<>();
        t.put("HEART_SIGNS", heartSigns);
        t.put("HEART_SIGNS emergency", c -> heartSigns.test(c) && (anyPain(c, radiation) || severe8.test(c)));
        t.put("POSSIBLE_CLOT (swelling in the leg)", c -> swollen.test(c) && anyPain(c, leg));
        t.put("POSSIBLE_CLOT (sudden)", c -> sudden.test(c) && anyPain(c, clotSites));
        t.put("POSSIBLE_CLOT emergency", c -> possibleClot.test(c) && (pain(c, "chest") || flagged(c, "chest-pain")));
        t.put("CLOT_CHECK", c -> anyPain(c, clotSites) && !possibleClot.test(c)
                && (!c.at("/complaint/onset").isTextual() || !c.at("/complaint/swelling").isBoolean()));
        t.put("SUDDEN_SEVERE", c -> sudden.test(c) && severe8.test(c));
        t.put("SUDDEN_SEVERE emergency (headache)", c -> sudden.test(c) && severe8.test(c)
                && anyPain(c, List.of("forehead", "temple", "back-of-head")));
        t.put("SUDDEN_ABDOMINAL", c -> pain(c, "abdomen") && sudden.test(c));
        t.put("PREGNANCY_CHECK routine", c -> pregnancyCheck.test(c) && !sudden.test(c)
                && c.at("/complaint/severity").asInt(0) < 7);
        t.put("PREGNANCY_CHECK urgent", c -> pregnancyCheck.test(c) && (sudden.test(c)
                || c.at("/complaint/severity").asInt(0) >= 7));
        t.put("INFLAMED_AREA", c -> swollen.test(c) && !possibleClot.test(c));
        t.put("BACK_PAIN_AGE", c -> anyPain(c, List.of("low-back", "mid-back")) && c.at("/person/age").isInt()
                && (c.at("/person/age").asInt() < 20 || c.at("/person/age").asInt() >= 50)
                && c.at("/complaint/durationDays").asInt(0) < 42);
        t.put("BACK_PAIN_AGE under 20", c -> anyPain(c, List.of("low-back", "mid-back"))
                && c.at("/person/age").isInt() && c.at("/person/age").asInt() < 20 && c.at("/complaint/durationDays").asInt(0) < 42);
        t.put("NEAR_VESSELS (pain)", c -> anyPain(c, List.of("knee-back", "groin")));
        t.put("NEAR_VESSELS (pressed)", c -> {
            for (JsonNode s : c.path("spots")) {
                if (List.of("knee-back", "groin").contains(s.path("region").asText())) return true;
            }
            return false;
        });
        t.put("CHILD", child);
        t.put("CHILD urgent (belly)", c -> child.test(c) && pain(c, "abdomen"));
        t.put("CHILD urgent (red flag)", c -> child.test(c) && !c.path("redFlags").isEmpty());
        t.put("stiff-neck with fever", c -> flagged(c, "stiff-neck") && flagged(c, "fever"));
        return t;
    }

    private static boolean pain(JsonNode c, String region) {
        for (JsonNode r : c.at("/complaint/regions")) {
            if (r.asText().equals(region)) return true;
        }
        return false;
    }

    private static boolean anyPain(JsonNode c, List<String> regions) {
        return regions.stream().anyMatch(r -> pain(c, r));
    }

    private static boolean flagged(JsonNode c, String flag) {
        for (JsonNode f : c.path("redFlags")) {
            if (f.asText().equals(flag)) return true;
        }
        return false;
    }

    @Test
    void overTwentyThousandCasesEveryRedFlagAndEveryVersionThreeTriggerAppears() {
        int n = 20_000;
        Map<String, Integer> flags = new TreeMap<>();
        Map<String, Integer> reached = new LinkedHashMap<>();
        triggers().keySet().forEach(k -> reached.put(k, 0));
        int withFlag = 0, children = 0;
        for (String line : lines(2026, 0, n)) {
            JsonNode node = KnotwiseJson.parse(line);
            VALIDATOR.validate(KnotwiseJson.readCase(node));
            node.path("redFlags").forEach(f -> flags.merge(f.asText(), 1, Integer::sum));
            if (!node.path("redFlags").isEmpty()) withFlag++;
            if (node.at("/person/age").isInt() && node.at("/person/age").asInt() < 12) children++;
            triggers().forEach((k, p) -> {
                if (p.test(node)) reached.merge(k, 1, Integer::sum);
            });
        }
        assertThat(Vocabulary.RED_FLAGS).containsAll(CaseGenerator.V3_RED_FLAGS).hasSize(18);
        assertThat(flags.keySet()).as("red flags drawn").containsExactlyInAnyOrderElementsOf(Vocabulary.RED_FLAGS);
        assertThat(reached).as("cases reaching each trigger").allSatisfy((k, count) -> assertThat(count).as(k).isPositive());
        assertThat(withFlag).as("red flags stay rare").isBetween(n / 20, n / 8);
        assertThat(children).as("children stay rare").isBetween(n / 500, n / 40);
    }

    @Test
    void aboutTheChosenShareOfLinesBreakTheContract() {
        Set<String> ids = new HashSet<>();
        int bad = 0;
        for (String line : lines(3, 0.2, 5000)) {
            try {
                JsonNode node = KnotwiseJson.parse(line);
                VALIDATOR.validate(KnotwiseJson.readCase(node));
                if (!ids.add(node.get("id").asText())) {
                    bad++; // a DUPLICATE_ID, which only the batch can see
                }
            } catch (InvalidCaseException e) {
                bad++;
            }
        }
        assertThat(bad).isBetween(800, 1200);
    }

    @Test
    void refusesAShareOutsideZeroToOne() {
        assertThatThrownBy(() -> new CaseGenerator(1, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseGenerator(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
