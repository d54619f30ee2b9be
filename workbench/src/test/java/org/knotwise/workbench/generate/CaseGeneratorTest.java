package org.knotwise.workbench.generate;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.knotwise.engine.session.CaseValidator;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Vocabulary;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
