package org.knotwise.workbench.catalogue;

import org.drools.drl.ast.descr.AttributeDescr;
import org.knotwise.engine.rulebase.Phase;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.engine.rulebase.RuleReader;
import org.knotwise.engine.text.MessageBook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads every rule of some rule files as a reviewer's {@link RuleEntry}, in the article's order. */
public final class RuleEntries {
    private RuleEntries() {
    }

    /**
     * The rules of the files that parse, by the article's sections in the article's order; within a
     * section, by phase (the order the engine runs them), then as written.
     */
    public static List<RuleEntry> read(List<RuleFile> files) {
        return read(files, RuleTexts.book(null));
    }

    /**
     * As {@link #read(List)}, with each rule's texts in every language of {@code book}: its messages are
     * their English words, its reason its {@code because.<id>} unless the rule has its own {@code @because}.
     */
    public static List<RuleEntry> read(List<RuleFile> files, MessageBook book) {
        record Placed(ArticleSections.Place place, int phase, int order, RuleEntry entry) {
        }
        List<Placed> placed = new ArrayList<>();
        for (RuleReader.Parsed p : RuleReader.parse(files)) {
            RuleDescription d = RuleReader.describe(p);
            ArticleSections.Place place = ArticleSections.place(d.source());
            ConditionWords.Conditions conditions = ConditionWords.of(p.rule());
            String consequence = RuleReader.consequence(p.rule());
            ConsequenceWords.Said said = ConsequenceWords.of(consequence);
            List<String> keys = RuleTexts.keys(consequence, book.english());
            List<String> messages = new ArrayList<>();
            keys.forEach(k -> messages.add(book.english().pattern(k)));
            messages.addAll(said.messages()); // a rule folder's own words, written in the rule
            String because = d.because() != null ? d.because() : RuleTexts.because(d.idOrName(), book);
            AttributeDescr salience = p.rule().getAttributes().get("salience");
            RuleEntry e = new RuleEntry(d.id(), d.name(), d.status(), place.label(), d.source(), because, d.phase(),
                    salience == null ? null : salience.getValue(), conditions.words(), conditions.constraints(),
                    d.concludes(), messages, RuleTexts.words(keys, book), said.statements(), d.file(), d.line());
            int phase = d.phase() == null ? Integer.MAX_VALUE : Phase.byId(d.phase()).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
            placed.add(new Placed(place, phase, placed.size(), e));
        }
        placed.sort(Comparator.comparing(Placed::place).thenComparingInt(Placed::phase).thenComparingInt(Placed::order));
        return placed.stream().map(Placed::entry).toList();
    }
}
