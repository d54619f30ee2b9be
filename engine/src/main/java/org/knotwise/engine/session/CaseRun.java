package org.knotwise.engine.session;

import org.kie.api.runtime.KieSession;
import org.knotwise.engine.Explain;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.rulebase.Phase;
import org.knotwise.engine.rulebase.RuleBase;
import org.knotwise.engine.text.Wording;

import java.util.List;

/**
 * One case's run through a rule base: check the case, turn it into facts, let the rules reason phase
 * by phase in a pooled session, and assemble the assessment from what they concluded.
 */
public final class CaseRun {
    /**
     * The most rule firings a case may take. The most any real case needs is 74 (measured over
     * every scenario and 20,000 generated cases, see RELIABILITY.md); past this bound two rules are
     * undoing each other, and the case fails with the rules named instead of running forever.
     */
    public static final int FIRING_LIMIT = 10_000;

    private final RuleBase ruleBase;
    private final CaseValidator validator;
    private final RuleIndex rules;

    public CaseRun(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.validator = new CaseValidator(ruleBase.knowledgeBase());
        this.rules = new RuleIndex(ruleBase.rules());
    }

    /**
     * The full explanation, with what each firing concluded in words (for the text report), in the
     * wording given (English, or a language asked for).
     */
    public Assessment assess(Case c, Wording wording) {
        return assess(c, Explain.FULL, true, wording);
    }

    /**
     * At the given level of explanation; the steps' {@code concluded} words (not part of the contract's
     * JSON) are left out, so nothing is put into words that will not be written.
     */
    public Assessment assess(Case c, Explain level, Wording wording) {
        return assess(c, level, false, wording);
    }

    private Assessment assess(Case c, Explain level, boolean conclusions, Wording wording) {
        validator.validate(c);
        List<Object> facts = FactBuilder.facts(c, ruleBase.knowledgeBase());
        SessionRecorder recorder = new SessionRecorder(rules, level, conclusions);
        KieSession session = ruleBase.newSession();
        try {
            if (ruleBase.usesKnowledgeBaseGlobal()) {
                session.setGlobal(RuleBase.KB_GLOBAL, ruleBase.knowledgeBase());
            }
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.addEventListener(recorder.agendaListener);
            session.addEventListener(recorder.insertListener);
            // Focus is a stack: the last phase pushed runs first.
            Phase[] phases = Phase.values();
            for (int i = phases.length - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(phases[i].id).setFocus();
            }
            if (session.fireAllRules(FIRING_LIMIT) >= FIRING_LIMIT) {
                throw new RunawayRulesException(FIRING_LIMIT, recorder.firingsByRule());
            }
        } finally {
            session.removeEventListener(recorder.agendaListener);
            session.removeEventListener(recorder.insertListener);
            session.dispose();
        }
        return AssessmentAssembler.assemble(c, recorder, ruleBase.identity(), wording);
    }
}
