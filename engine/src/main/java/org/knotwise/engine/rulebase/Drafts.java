package org.knotwise.engine.rulebase;

import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.KieBase;

import java.util.List;

/**
 * Leaves draft rules out of a rule base unless drafts are on. Drafts are compiled and checked with
 * every other rule (a broken draft is still an error), then removed from the KIE base before any
 * session exists, so they cannot fire.
 */
final class Drafts {
    private Drafts() {
    }

    static KieBase apply(KieBase kieBase, List<RuleFile> files, boolean drafts) {
        if (drafts || files.stream().noneMatch(f -> f.text().contains("@status"))) {
            return kieBase; // parsing again only when some rule carries a status
        }
        for (RuleReader.Parsed p : RuleReader.parse(files)) {
            RuleDescr r = p.rule();
            if (RuleStatus.isDraft(RuleStatus.of(r))) {
                kieBase.removeRule(p.pkg().getName(), r.getName());
            }
        }
        return kieBase;
    }

    static List<RuleDescription> apply(List<RuleDescription> rules, boolean drafts) {
        return drafts ? rules : rules.stream().filter(r -> !r.isDraft()).toList();
    }
}
