package org.knotwise.engine;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.knotwise.engine.facts.Candidate;
import org.knotwise.engine.facts.Describable;
import org.knotwise.engine.model.ExplanationStep;

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
    /** What the explanation says of a rule, looked up once per rule base rather than per firing. */
    record RuleText(String id, String source, String because, int position) {

        /** Every rule's text by its name; a rule without {@code @id} or {@code @because} uses its name. */
        static Map<String, RuleText> byName(List<RuleInfo> rules) {
            Map<String, RuleText> byName = new HashMap<>();
            for (int i = 0; i < rules.size(); i++) {
                RuleInfo r = rules.get(i);
                byName.put(r.name(), new RuleText(r.id() != null ? r.id() : r.name(), r.source(),
                        r.because() != null ? r.because() : r.name(), i));
            }
            return byName;
        }
    }

    private final Map<String, RuleText> rulesByName;
    final List<ExplanationStep> explanation = new ArrayList<>(32);
    final Map<Candidate, List<RuleText>> rulesByCandidate = new IdentityHashMap<>();
    final List<Object> conclusions = new ArrayList<>(16);
    /** Position, in the rule files, of the rule that inserted each conclusion. */
    final Map<Object, Integer> positionOf = new IdentityHashMap<>();

    final DefaultAgendaEventListener agendaListener = new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            RuleText rule = textOf(event.getMatch().getRule());
            List<Object> objects = event.getMatch().getObjects();
            explanation.add(new ExplanationStep(rule.id(), rule.source(), because(rule.because(), objects),
                    firingConclusions));
            firingConclusions.clear();
            for (Object o : objects) {
                if (o instanceof Candidate c) {
                    credit(c, rule);
                }
            }
        }
    };

    final DefaultRuleRuntimeEventListener insertListener = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            conclusions.add(event.getObject());
            if (event.getRule() != null) {
                positionOf.put(event.getObject(), textOf(event.getRule()).position());
            }
            concluded(event.getRule(), event.getObject(), "");
            if (event.getObject() instanceof Candidate c && event.getRule() != null) {
                credit(c, textOf(event.getRule()));
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            concluded(event.getRule(), event.getObject(), "updated ");
        }
    };

    /** What the rule now firing inserted or changed; its consequence runs before afterMatchFired. */
    private final List<String> firingConclusions = new ArrayList<>();

    private void concluded(Rule rule, Object fact, String prefix) {
        if (rule != null && fact instanceof Describable d) {
            firingConclusions.add(prefix + d.describe());
        }
    }

    SessionRecorder(Map<String, RuleText> rulesByName) {
        this.rulesByName = rulesByName;
    }

    private RuleText textOf(Rule rule) {
        RuleText text = rulesByName.get(rule.getName());
        return text != null ? text : new RuleText(rule.getName(), null, rule.getName(), Integer.MAX_VALUE);
    }

    /** Remembers that a rule proposed or strengthened a candidate site. */
    private void credit(Candidate c, RuleText rule) {
        List<RuleText> rules = rulesByCandidate.computeIfAbsent(c, k -> new ArrayList<>(4));
        if (!rules.contains(rule)) {
            rules.add(rule);
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
