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
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Watches one session: every fired rule becomes an explanation step (id, section, why), and every
 * fact a rule inserts is kept in insertion order, so the assessment is the same byte for byte.
 */
final class SessionRecorder {
    private final Map<String, RuleInfo> rulesByName;
    final List<ExplanationStep> explanation = new ArrayList<>();
    final Map<Candidate, List<String>> rulesByCandidate = new IdentityHashMap<>();
    final List<Object> conclusions = new ArrayList<>();

    final DefaultAgendaEventListener agendaListener = new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            Rule rule = event.getMatch().getRule();
            RuleInfo info = rulesByName.get(rule.getName());
            String id = idOf(rule);
            String source = info != null ? info.source() : null;
            String because = info != null && info.because() != null ? info.because() : rule.getName();
            explanation.add(new ExplanationStep(id, source, because + facts(event.getMatch().getObjects()),
                    firingConclusions));
            firingConclusions.clear();
            for (Object o : event.getMatch().getObjects()) {
                if (o instanceof Candidate c) {
                    credit(c, id);
                }
            }
        }
    };

    final DefaultRuleRuntimeEventListener insertListener = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            conclusions.add(event.getObject());
            concluded(event.getRule(), event.getObject(), "");
            if (event.getObject() instanceof Candidate c && event.getRule() != null) {
                credit(c, idOf(event.getRule()));
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

    SessionRecorder(Map<String, RuleInfo> rulesByName) {
        this.rulesByName = rulesByName;
    }

    private String idOf(Rule rule) {
        RuleInfo info = rulesByName.get(rule.getName());
        return info != null && info.id() != null ? info.id() : rule.getName();
    }

    /** Remembers that a rule proposed or strengthened a candidate site. */
    private void credit(Candidate c, String ruleId) {
        List<String> ids = rulesByCandidate.computeIfAbsent(c, k -> new ArrayList<>());
        if (!ids.contains(ruleId)) {
            ids.add(ruleId);
        }
    }

    private static String facts(List<Object> objects) {
        StringJoiner j = new StringJoiner("; ", " [", "]").setEmptyValue("");
        for (Object o : objects) {
            if (o instanceof Describable d) {
                j.add(d.describe());
            }
        }
        return j.toString();
    }
}
