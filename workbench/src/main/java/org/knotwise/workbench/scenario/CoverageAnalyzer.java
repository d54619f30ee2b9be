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

    /**
     * Expectation keys whose values are codes a scenario expects the assessment to show: each such code
     * counts as expected. For {@code excluded} ({region: REASON}) the reasons are the codes.
     */
    public static final Set<String> CODE_KEYS = Set.of("error", "professionalReasons", "adjustments", "failureReasons",
            "cautions", "excluded", "method", "strokes");

    /**
     * Every other key the checker knows, and why it expects no code: it names a code only to expect it
     * absent (a scenario that a rule does not fire shows nothing of what the rule concludes), or its value
     * is not a code at all (regions, rule ids, numbers, flags, tools, muscles, urgencies). Every key of
     * {@link ExpectationChecker#KEYS} is in exactly one of the two sets (a test holds them to it), so a key
     * added to the checker must be placed here.
     */
    public static final Set<String> NON_CODE_KEYS = Set.of(
            // codes, expected absent
            "notProfessionalReasons", "notAdjustments", "notFailureReasons", "notCautions", "notExcluded",
            "noAdjustments", "noFailureReasons",
            // values that are not codes
            "selfCare", "urgency", "professionalRecommended", "topSite", "topStepsTowardCentre",
            "topStepsTowardCentreMin", "sitesInclude", "sitesIncludeAny", "toolsIncludeAny", "notTools", "startGentle",
            "notSitesInclude", "notTopSite", "noSites", "siteOrder", "siteSteps", "siteStepsMin", "siteBasis",
            "siteConfidence", "siteRelatesTo", "rulesFired", "notRulesFired", "errorField", "errorLine",
            "intensityMaxAtMost", "toolsOnly", "notMuscles");

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

    /** The codes a scenario expects to see, from every key of {@link #CODE_KEYS}. */
    static void expectedCodes(JsonNode expect, Set<String> out) {
        for (String key : CODE_KEYS) {
            JsonNode v = expect.get(key);
            if (v != null && v.isObject()) {
                v.forEach(value -> texts(value, out));
            } else {
                texts(v, out);
            }
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
