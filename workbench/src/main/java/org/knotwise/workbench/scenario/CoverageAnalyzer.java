package org.knotwise.workbench.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import org.knotwise.workbench.catalogue.Catalogue;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.engine.model.ExplanationStep;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Measures how much of a rule base a scenario run exercised. */
public final class CoverageAnalyzer {

    /** Expectation keys whose values are codes a scenario expects to see (positively). */
    private static final List<String> CODE_KEYS = List.of("adjustments", "failureReasons", "professionalReasons");

    private CoverageAnalyzer() {
    }

    public static Coverage analyze(Catalogue catalogue, List<ScenarioResult> results) {
        Set<String> fired = new HashSet<>();
        Set<String> expected = new HashSet<>();
        Set<String> touched = new HashSet<>();
        for (ScenarioResult r : results) {
            if (!r.outcome().isError()) {
                for (ExplanationStep s : r.outcome().assessment().explanation()) {
                    fired.add(s.rule());
                }
            }
            expectedCodes(r.scenario().expect(), expected);
            touchedRegions(r.scenario().caseNode(), touched);
        }
        List<RuleDescription> unfired = catalogue.rules().stream()
                .filter(rule -> !fired.contains(rule.id() != null ? rule.id() : rule.name())).toList();
        List<String> codes = catalogue.codes();
        List<String> regions = List.copyOf(catalogue.knowledgeBase().regions().keySet());
        return new Coverage(results.size(), catalogue.rules().size(), unfired,
                codes.size(), codes.stream().filter(c -> !expected.contains(c)).toList(),
                regions.size(), regions.stream().filter(g -> !touched.contains(g)).toList());
    }

    private static void expectedCodes(JsonNode expect, Set<String> out) {
        for (String key : CODE_KEYS) {
            texts(expect.get(key), out);
        }
        JsonNode excluded = expect.get("excluded");
        if (excluded != null) {
            excluded.forEach(v -> out.add(v.asText()));
        }
    }

    private static void touchedRegions(JsonNode c, Set<String> out) {
        if (c == null) {
            return;
        }
        texts(c.path("complaint").get("regions"), out);
        c.path("spots").forEach(s -> texts(s.get("region"), out));
    }

    private static void texts(JsonNode v, Set<String> out) {
        if (v == null) {
            return;
        }
        if (v.isArray()) {
            v.forEach(n -> out.add(n.asText()));
        } else if (v.isTextual()) {
            out.add(v.asText());
        }
    }
}
