package org.knotwise.engine.session;

import org.kie.api.definition.rule.Rule;
import org.knotwise.engine.rulebase.RuleDescription;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a fired rule's description and its place in the rule files, built once per rule base rather
 * than per firing. Conclusions are listed by that place, so the output never depends on firing order.
 */
final class RuleIndex {
    /** The place of a rule the rule files do not describe: after every described one. */
    static final int UNKNOWN = Integer.MAX_VALUE;

    private final List<RuleDescription> rules;
    private final Map<String, Integer> positionByName = new HashMap<>();

    RuleIndex(List<RuleDescription> rules) {
        this.rules = List.copyOf(rules);
        for (int i = 0; i < rules.size(); i++) {
            positionByName.putIfAbsent(rules.get(i).name(), i);
        }
    }

    int position(Rule rule) {
        return positionByName.getOrDefault(rule.getName(), UNKNOWN);
    }

    /** The rule at a position; a rule without a description is described by its name alone. */
    RuleDescription describe(Rule rule) {
        int p = position(rule);
        return p == UNKNOWN
                ? new RuleDescription(null, rule.getName(), null, null, null, null, 0, List.of())
                : rules.get(p);
    }

    int size() {
        return rules.size();
    }

    RuleDescription at(int position) {
        return rules.get(position);
    }
}
