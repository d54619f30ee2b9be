package org.knotwise.workbench.catalogue;

import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.kb.Caution;
import org.knotwise.kb.KnowledgeBase;
import org.knotwise.kb.Referral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A rule base laid out for review: every rule by the article section it comes from, in the article's
 * order, with what it checks and says; the cautions and red flags with their sources; and the
 * referred-pain map with a source on every row.
 *
 * @param rules   the rules as the engine describes them (file order)
 * @param entries the same rules as a reviewer reads them, in the article's order
 * @param languages each language of the message files and its review status ({@code reviewed}, {@code draft})
 */
public record Catalogue(List<RuleDescription> rules, KnowledgeBase knowledgeBase, List<RuleEntry> entries,
                        Map<String, String> languages) {

    public Catalogue {
        rules = List.copyOf(rules);
        entries = List.copyOf(entries);
        languages = languages == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(languages));
    }

    /** Without message files: the rules' words are their own. */
    public Catalogue(List<RuleDescription> rules, KnowledgeBase knowledgeBase, List<RuleEntry> entries) {
        this(rules, knowledgeBase, entries, Map.of());
    }

    /** "en: reviewed, es: draft, de: draft": English first. */
    public String languageLine() {
        StringBuilder b = new StringBuilder();
        String en = languages.get("en");
        if (en != null) {
            b.append("en: ").append(en);
        }
        languages.forEach((code, status) -> {
            if (!code.equals("en")) {
                b.append(b.length() == 0 ? "" : ", ").append(code).append(": ").append(status);
            }
        });
        return b.toString();
    }

    /** Rules by article section (heading, or heading: sub-heading), sections in the article's order. */
    public Map<String, List<RuleEntry>> bySection() {
        Map<String, List<RuleEntry>> out = new LinkedHashMap<>();
        for (RuleEntry r : entries) {
            out.computeIfAbsent(r.section(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    public List<Referral> referrals() {
        return knowledgeBase.referrals();
    }

    /** The cautions and red flags of the knowledge base, each with its public source. */
    public List<Caution> cautions() {
        return List.copyOf(knowledgeBase.cautions().values());
    }

    /** The rules that conclude a caution or red-flag code, or check for it. */
    public List<RuleEntry> rulesAbout(String code) {
        String quoted = "\"" + code + "\"";
        return entries.stream().filter(r -> r.codes().contains(code)
                || r.constraints().stream().anyMatch(c -> c.contains(quoted))
                || r.statements().stream().anyMatch(s -> s.contains(quoted))).toList();
    }

    /** Every code some rule can conclude, sorted. */
    public List<String> codes() {
        TreeSet<String> codes = new TreeSet<>();
        rules.forEach(r -> codes.addAll(r.concludes()));
        return List.copyOf(codes);
    }

    /** What {@code rules diff} compares, as written to {@code catalogue.json}. */
    public CatalogueSnapshot snapshot(String title) {
        return new CatalogueSnapshot(title, entries, DataRow.of(knowledgeBase));
    }
}
