package org.knotwise.workbench.catalogue;

import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A rule base laid out for review: every rule grouped by the article section it comes from, and
 * the referred-pain map with a source on every row.
 */
public record Catalogue(List<RuleDescription> rules, KnowledgeBase knowledgeBase) {

    public Catalogue {
        rules = List.copyOf(rules);
    }

    /** Rules by article section ({@code @source}), sections in the order they first appear. */
    public Map<String, List<RuleDescription>> bySection() {
        Map<String, List<RuleDescription>> out = new LinkedHashMap<>();
        for (RuleDescription r : rules) {
            out.computeIfAbsent(r.source() == null ? "(no source)" : r.source(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    public List<Referral> referrals() {
        return knowledgeBase.referrals();
    }

    /** Every code some rule can conclude, sorted. */
    public List<String> codes() {
        TreeSet<String> codes = new TreeSet<>();
        rules.forEach(r -> codes.addAll(r.concludes()));
        return List.copyOf(codes);
    }
}
