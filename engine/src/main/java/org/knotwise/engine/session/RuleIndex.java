package org.knotwise.engine.session;

import org.kie.api.definition.rule.Rule;
import org.knotwise.engine.rulebase.RuleDescription;

import java.util.HashMap;
import java.util.IdentityHashMap;
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
    /**
     * The places already found, by the rule object itself: a session's rules are the same objects for
     * every case, so after the first firings a place costs an identity look-up instead of hashing and
     * comparing the rule's name (the profile of a lean batch showed RuleIndex.position on every insert).
     * Copied on write: read without a lock by every worker thread, written once per rule.
     */
    private volatile IdentityHashMap<Rule, Integer> positionByRule = new IdentityHashMap<>();

    RuleIndex(List<RuleDescription> rules) {
        this.rules = List.copyOf(rules);
        for (int i = 0; i < rules.size(); i++) {
            positionByName.putIfAbsent(rules.get(i).name(), i);
        }
    }

    int position(Rule rule) {
        Integer known = positionByRule.get(rule);
        return known != null ? known : remember(rule);
    }

    private synchronized int remember(Rule rule) {
        int p = positionByName.getOrDefault(rule.getName(), UNKNOWN);
        IdentityHashMap<Rule, Integer> copy = new IdentityHashMap<>(positionByRule);
        copy.put(rule, p);
        positionByRule = copy;
        return p;
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
