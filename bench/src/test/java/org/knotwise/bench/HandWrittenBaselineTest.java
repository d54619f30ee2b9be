package org.knotwise.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.knotwise.bench.baseline.HandWrittenAssessor;
import org.knotwise.engine.Knotwise;
import org.knotwise.workbench.generate.CaseGenerator;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Case;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's yardstick must make the same decisions as the engine, or the ratio means nothing.
 * Drools fires equal-salience matches in an order of its own, so the explanation is compared as a
 * multiset and each list of codes, muscles, evidence or rule ids as a set; everything else must be identical.
 */
class HandWrittenBaselineTest {
    private static final int CASES = 5_000;

    @Test
    void theBaselineAssessesGeneratedCasesAsTheEngineDoes() {
        Knotwise engine = Knotwise.builtIn();
        HandWrittenAssessor baseline = new HandWrittenAssessor(engine.ruleBase().knowledgeBase(), engine.ruleBase().rules());
        CaseGenerator generator = new CaseGenerator(20261125L);
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Case c = generator.nextCase();
            boolean onePain = c.complaint().regions().stream().distinct().count() == 1;
            String expected = normalised(KnotwiseJson.write(engine.assess(c)), onePain);
            String actual = normalised(KnotwiseJson.write(baseline.assess(c)), onePain);
            if (!expected.equals(actual) && differences.size() < 3) {
                differences.add("case " + c.id() + "\n engine:   " + expected + "\n baseline: " + actual);
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void theComparisonStillSeesADifferentDecision() {
        Knotwise engine = Knotwise.builtIn();
        String out = KnotwiseJson.write(engine.assess(new CaseGenerator(20261125L).nextCase()));
        assertThat(out).contains("\"score\":");
        assertThat(normalised(out.replaceFirst("\"score\":\\d+", "\"score\":99"), true)).isNotEqualTo(normalised(out, true));
    }

    /**
     * Sorts what Drools orders by its own agenda: explanation steps, codes, each site's rule ids.
     * With two pain regions, which region's map rows fire first decides a site's steps, map rank and
     * muscles, and which fibre direction the plan names; that order changes between builds of the
     * executable model (about 30% of such cases), so there only the set of sites is compared. The plan
     * names the fibre direction of whichever site fired rub.along-fibres first, so only its presence counts.
     */
    static String normalised(String json, boolean onePain) {
        ObjectNode a = (ObjectNode) KnotwiseJson.parse(json);
        sort(a, "explanation");
        sort(a, "adjustments");
        sort(a, "failureReasons");
        if (a.get("technique") instanceof ObjectNode technique && technique.has("fibreDirection")) {
            technique.put("fibreDirection", "named");
        }
        if (!onePain) {
            List<String> regions = StreamSupport.stream(a.withArray("candidateSites").spliterator(), false)
                    .map(site -> site.get("region").asText()).sorted().toList();
            a.putPOJO("candidateSites", regions);
            a.remove("explanation");
            if (a.get("technique") instanceof ObjectNode technique) {
                technique.remove("fibreDirection");
                technique.remove("tools");
            }
            return a.toString();
        }
        for (JsonNode site : a.withArray("candidateSites")) {
            sort((ObjectNode) site, "rules");
            sort((ObjectNode) site, "muscles");
            maskPainNamedByTheMap((ObjectNode) site);
            sort((ObjectNode) site, "evidence");
        }
        return a.toString();
    }

    /**
     * When two pain regions share a muscle in the map, which of them the evidence names depends on which
     * match fires first (about 0.2% of generated cases), so that one word is left out of the comparison.
     */
    private static void maskPainNamedByTheMap(ObjectNode site) {
        ArrayNode evidence = (ArrayNode) site.get("evidence");
        for (int i = 0; i < evidence.size(); i++) {
            evidence.set(i, evidence.get(i).asText().replaceFirst(" here referring to \\S+ \\(", " here referring to ... ("));
        }
    }

    private static void sort(ObjectNode node, String field) {
        JsonNode array = node.get(field);
        if (array instanceof ArrayNode items) {
            List<JsonNode> sorted = StreamSupport.stream(items.spliterator(), false)
                    .sorted((x, y) -> x.toString().compareTo(y.toString())).toList();
            items.removeAll();
            items.addAll(sorted);
        }
    }
}
