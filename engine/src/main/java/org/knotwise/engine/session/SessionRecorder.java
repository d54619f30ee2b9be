package org.knotwise.engine.session;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.knotwise.engine.Explain;
import org.knotwise.engine.facts.Candidate;
import org.knotwise.engine.facts.Describable;
import org.knotwise.engine.model.ExplanationStep;
import org.knotwise.engine.rulebase.RuleDescription;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Watches one session: every fired rule becomes an explanation step (id, section, why), and every
 * fact a rule inserts is kept in insertion order, so the assessment is the same byte for byte.
 */
final class SessionRecorder {
    private final RuleIndex rules;
    private final Explain level;
    /** Whether to put into words what each firing concluded (only the text report shows it). */
    private final boolean conclusions;
    final List<ExplanationStep> explanation = new ArrayList<>(32);
    /** The places of the rules that proposed or strengthened each candidate. */
    final Map<Candidate, List<Integer>> rulesByCandidate = new IdentityHashMap<>();
    final List<Object> facts = new ArrayList<>(16);
    /** Position, in the rule files, of the rule that inserted each conclusion. */
    final Map<Object, Integer> positionOf = new IdentityHashMap<>();
    /** How often each rule fired, by its place (the last slot: rules the files do not describe). */
    private final int[] firings;
    private final Map<String, Integer> undescribedFirings = new HashMap<>();

    final DefaultAgendaEventListener agendaListener = new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Rule fired = event.getMatch().getRule();
            int position = rules.position(fired);
            if (position == RuleIndex.UNKNOWN) {
                undescribedFirings.merge(fired.getName(), 1, Integer::sum);
            } else {
                firings[position]++;
            }
            List<Object> objects = event.getMatch().getObjects();
            if (level == Explain.FULL) {
                RuleDescription rule = rules.describe(fired);
                explanation.add(new ExplanationStep(rule.idOrName(), rule.source(),
                        because(rule.because() != null ? rule.because() : rule.name(), objects), firingConclusions));
                firingConclusions.clear();
            } else if (level == Explain.IDS) {
                explanation.add(new ExplanationStep(position == RuleIndex.UNKNOWN ? fired.getName()
                        : rules.at(position).idOrName(), null, null, List.of()));
            }
            for (Object o : objects) {
                if (o instanceof Candidate c) {
                    credit(c, position);
                }
            }
        }
    };

    final DefaultRuleRuntimeEventListener insertListener = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            facts.add(event.getObject());
            if (event.getRule() != null) {
                positionOf.put(event.getObject(), rules.position(event.getRule()));
            }
            concluded(event.getRule(), event.getObject(), "");
            if (event.getObject() instanceof Candidate c && event.getRule() != null) {
                credit(c, rules.position(event.getRule()));
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            concluded(event.getRule(), event.getObject(), "updated ");
        }

        /** A conclusion a rule withdrew (e.g. a site a caution rules out) is no longer part of the answer. */
        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            Object gone = event.getOldObject();
            facts.removeIf(o -> o == gone);
            positionOf.remove(gone);
            if (gone instanceof Candidate c) {
                rulesByCandidate.remove(c);
            }
            concluded(event.getRule(), gone, "withdrew ");
        }
    };

    /** What the rule now firing inserted or changed; its consequence runs before afterMatchFired. */
    private final List<String> firingConclusions = new ArrayList<>();

    private void concluded(Rule rule, Object fact, String prefix) {
        if (conclusions && rule != null && fact instanceof Describable d) {
            firingConclusions.add(prefix + d.describe());
        }
    }

    SessionRecorder(RuleIndex rules, Explain level, boolean conclusions) {
        this.rules = rules;
        this.level = level;
        this.conclusions = conclusions && level == Explain.FULL;
        this.firings = new int[rules.size()];
    }

    /** How often each rule fired, by id, to name the rules of a case that never stops firing. */
    Map<String, Integer> firingsByRule() {
        Map<String, Integer> byRule = new HashMap<>(undescribedFirings);
        for (int i = 0; i < firings.length; i++) {
            if (firings[i] > 0) {
                byRule.merge(rules.at(i).idOrName(), firings[i], Integer::sum);
            }
        }
        return byRule;
    }

    /** The id of the rule at a place, for the candidate sites' list of rules. */
    String idAt(int position) {
        return position == RuleIndex.UNKNOWN ? "?" : rules.at(position).idOrName();
    }

    /** Remembers that a rule proposed or strengthened a candidate site. */
    private void credit(Candidate c, int rulePosition) {
        List<Integer> credited = rulesByCandidate.computeIfAbsent(c, k -> new ArrayList<>(4));
        if (!credited.contains(rulePosition)) {
            credited.add(rulePosition);
        }
    }

    /** The rule's reason, then what the facts it matched were at the time: "why [fact; fact]". */
    private static String because(String why, List<Object> objects) {
        StringBuilder s = null;
        for (Object o : objects) {
            if (o instanceof Describable d) {
                s = s == null ? new StringBuilder(why.length() + 64).append(why).append(" [") : s.append("; ");
                s.append(d.describe());
            }
        }
        return s == null ? why : s.append(']').toString();
    }
}
