package org.knotwise.workbench.catalogue;

import org.drools.drl.ast.descr.AttributeDescr;
import org.knotwise.engine.rulebase.Phase;
import org.knotwise.engine.rulebase.RuleDescription;
import org.knotwise.engine.rulebase.RuleFile;
import org.knotwise.engine.rulebase.RuleReader;

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
        record Placed(ArticleSections.Place place, int phase, int order, RuleEntry entry) {
        }
        List<Placed> placed = new ArrayList<>();
        for (RuleReader.Parsed p : RuleReader.parse(files)) {
            RuleDescription d = RuleReader.describe(p);
            ArticleSections.Place place = ArticleSections.place(d.source());
            ConditionWords.Conditions conditions = ConditionWords.of(p.rule());
            ConsequenceWords.Said said = ConsequenceWords.of(RuleReader.consequence(p.rule()));
            AttributeDescr salience = p.rule().getAttributes().get("salience");
            RuleEntry e = new RuleEntry(d.id(), d.name(), d.status(), place.label(), d.source(), d.because(), d.phase(),
                    salience == null ? null : salience.getValue(), conditions.words(), conditions.constraints(),
                    d.concludes(), said.messages(), said.statements(), d.file(), d.line());
            int phase = d.phase() == null ? Integer.MAX_VALUE : Phase.byId(d.phase()).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
            placed.add(new Placed(place, phase, placed.size(), e));
        }
        placed.sort(Comparator.comparing(Placed::place).thenComparingInt(Placed::phase).thenComparingInt(Placed::order));
        return placed.stream().map(Placed::entry).toList();
    }
}
