package org.knotwise.engine;

import org.kie.api.runtime.KieSession;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.InvalidCaseException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The Knotwise engine: build once, share across threads, assess many cases.
 *
 * <pre>{@code
 * Knotwise knotwise = Knotwise.builtIn();
 * Assessment a = knotwise.assess(KnotwiseJson.readCase(json));
 * String out = KnotwiseJson.write(a);
 * }</pre>
 */
public final class Knotwise {
    /** The knowledge base's name inside the rules (DRL {@code global KnowledgeBase kb}). */
    public static final String KB_GLOBAL = "kb";

    private final RuleBase ruleBase;
    private final CaseValidator validator;
    private final Map<String, SessionRecorder.RuleText> rulesByName;

    private Knotwise(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.validator = new CaseValidator(ruleBase.knowledgeBase());
        this.rulesByName = SessionRecorder.RuleText.byName(ruleBase.rules());
    }

    /** The engine with the built-in rules and knowledge base (needs the knotwise-rules jar). */
    public static Knotwise builtIn() {
        return new Knotwise(RuleBase.builtIn());
    }

    /**
     * The engine with the rules in a folder (its {@code .drl} files, and {@code kb/} if present).
     *
     * @throws RuleBaseException when any file fails to compile or check; nothing is loaded then
     */
    public static Knotwise withRules(Path folder) {
        return new Knotwise(RuleBase.fromFolder(folder));
    }

    public static Knotwise with(RuleBase ruleBase) {
        return new Knotwise(ruleBase);
    }

    public RuleBase ruleBase() {
        return ruleBase;
    }

    /**
     * Assesses one case. Safe to call from many threads at once.
     *
     * @throws InvalidCaseException when the case breaks the contract
     */
    public Assessment assess(Case c) {
        validator.validate(c);
        List<Object> facts = FactBuilder.facts(c, ruleBase.knowledgeBase());
        SessionRecorder recorder = new SessionRecorder(rulesByName);
        KieSession session = ruleBase.newSession();
        try {
            if (ruleBase.usesKnowledgeBaseGlobal()) {
                session.setGlobal(KB_GLOBAL, ruleBase.knowledgeBase());
            }
            for (Object fact : facts) {
                session.insert(fact);
            }
            session.addEventListener(recorder.agendaListener);
            session.addEventListener(recorder.insertListener);
            List<String> phases = Phases.ORDER;
            for (int i = phases.size() - 1; i >= 0; i--) {
                session.getAgenda().getAgendaGroup(phases.get(i)).setFocus();
            }
            session.fireAllRules();
        } finally {
            session.removeEventListener(recorder.agendaListener);
            session.removeEventListener(recorder.insertListener);
            session.dispose();
        }
        return AssessmentAssembler.assemble(c, recorder);
    }
}
