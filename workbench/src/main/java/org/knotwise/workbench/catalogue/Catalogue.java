package org.knotwise.workbench.catalogue;

import org.knotwise.engine.rulebase.RuleBaseMessages;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.engine.text.MessageBook;
import org.knotwise.engine.text.Messages;
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
 * @param messages the words of the answers, every language (the built-in ones for a folder without messages/)
 */
public record Catalogue(List<RuleDescription> rules, KnowledgeBase knowledgeBase, List<RuleEntry> entries,
                        MessageBook messages) {

    public Catalogue {
        rules = List.copyOf(rules);
        entries = List.copyOf(entries);
    }

    /** With the built-in message files. */
    public Catalogue(List<RuleDescription> rules, KnowledgeBase knowledgeBase, List<RuleEntry> entries) {
        this(rules, knowledgeBase, entries, RuleBaseMessages.builtIn());
    }

    /** Each language of the message files and its review status ({@code reviewed}, {@code draft}). */
    public Map<String, String> languages() {
        return messages.statuses();
    }

    /**
     * What a caution or red flag says, in English: its message ({@code caution.CODE}, or the first of its
     * variants, {@code caution.CODE.self-care}; {@code redflag.code}), or "" when no message words it.
     */
    public String cautionWords(String code) {
        Messages en = messages.english();
        for (String key : List.of("caution." + code, "redflag." + code)) {
            if (en.has(key)) {
                return en.pattern(key);
            }
        }
        return messages.files().stream().filter(f -> f.language().equals(MessageBook.ENGLISH))
                .flatMap(f -> f.entries().keySet().stream()).filter(k -> k.startsWith("caution." + code + "."))
                .findFirst().map(en::pattern).orElse("");
    }

    /** "en: reviewed, es: draft, de: draft": English first. */
    public String languageLine() {
        StringBuilder b = new StringBuilder();
        Map<String, String> languages = languages();
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
        return new CatalogueSnapshot(title, entries, DataRow.of(knowledgeBase, this::cautionWords));
    }
}
