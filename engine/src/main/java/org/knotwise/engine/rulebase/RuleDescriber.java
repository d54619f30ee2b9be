package org.knotwise.engine.rulebase;

import org.knotwise.kb.Problem;
import org.drools.drl.ast.descr.RuleDescr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads each rule's description from the DRL text and checks what the engine relies on: every rule has
 * an {@code @id} and a {@code @source}, ids are unique, and its phase is one the engine runs (a rule
 * in any other phase could never fire, so that is an error too).
 */
final class RuleDescriber {
    private RuleDescriber() {
    }

    static List<RuleDescription> describe(List<RuleFile> files, List<Problem> problems) {
        List<RuleDescription> rules = new ArrayList<>();
        Map<String, String> firstById = new HashMap<>();
        // files that do not parse are skipped here: the compiler reports their syntax errors with lines
        for (RuleReader.Parsed parsed : RuleReader.parse(files)) {
            RuleDescription rule = RuleReader.describe(parsed);
            RuleDescr descr = parsed.rule();
            String where = rule.file();
            int line = rule.line();
            if (rule.id() == null) {
                problems.add(Problem.error(where, line, "rule \"" + rule.name() + "\" has no @id"));
            } else if (firstById.containsKey(rule.id())) {
                problems.add(Problem.error(where, line, "rule \"" + rule.name() + "\": @id(\"" + rule.id()
                        + "\") is already used at " + firstById.get(rule.id())));
            } else {
                firstById.put(rule.id(), where + ":" + line);
            }
            if (rule.source() == null) {
                problems.add(Problem.error(where, line, "rule \"" + rule.name()
                        + "\" has no @source (the article section it comes from)"));
            }
            if (rule.phase() == null) {
                problems.add(Problem.error(where, RuleReader.lineOf(descr, "ruleflow-group"), "rule \"" + rule.name()
                        + "\" has no phase: add ruleflow-group \"...\" with one of " + Phase.ids()));
            } else if (Phase.byId(rule.phase()).isEmpty()) {
                problems.add(Problem.error(where, RuleReader.lineOf(descr, "ruleflow-group"), "rule \"" + rule.name()
                        + "\" can never fire: phase (ruleflow-group) \"" + rule.phase()
                        + "\" is not one of the engine's phases " + Phase.ids()));
            }
            if (!RuleStatus.isKnown(rule.status())) {
                problems.add(Problem.error(where, RuleStatus.lineOf(descr, parsed.file().text()), "rule \"" + rule.name() + "\": @status(\""
                        + rule.status() + "\") is not one of " + RuleStatus.ALL));
            }
            rules.add(rule);
        }
        return rules;
    }
}
