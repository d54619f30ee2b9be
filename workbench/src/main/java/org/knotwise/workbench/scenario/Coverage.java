package org.knotwise.workbench.scenario;

import org.knotwise.engine.rulebase.RuleDescription;

import java.util.List;

/**
 * What a scenario run left untested: rules no scenario fired, codes the rules can conclude that no
 * scenario expected (to see, under any key that names codes: {@link CoverageAnalyzer#CODE_KEYS}), and regions
 * no scenario's case names (as pain or as a pressed spot).
 */
public record Coverage(int scenarios, int rules, List<RuleDescription> unfiredRules,
                       int codes, List<String> unexpectedCodes,
                       int regions, List<String> untouchedRegions) {

    public Coverage {
        unfiredRules = List.copyOf(unfiredRules);
        unexpectedCodes = List.copyOf(unexpectedCodes);
        untouchedRegions = List.copyOf(untouchedRegions);
    }

    public int firedRules() {
        return rules - unfiredRules.size();
    }

    public int expectedCodes() {
        return codes - unexpectedCodes.size();
    }

    public int touchedRegions() {
        return regions - untouchedRegions.size();
    }

    /** A whole-number percentage, 100 when there is nothing to cover. */
    public static int percent(int covered, int total) {
        return total == 0 ? 100 : (int) Math.floor(100.0 * covered / total);
    }
}
