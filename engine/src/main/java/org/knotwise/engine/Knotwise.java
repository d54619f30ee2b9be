package org.knotwise.engine;

import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.knotwise.engine.model.InvalidCaseException;
import org.knotwise.engine.rulebase.RuleBase;
import org.knotwise.engine.rulebase.RuleBaseException;
import org.knotwise.engine.session.CaseRun;

import java.nio.file.Path;

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
    private final RuleBase ruleBase;
    private final CaseRun run;

    private Knotwise(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
        this.run = new CaseRun(ruleBase);
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

    /** As {@link #withRules(Path)}; with {@code drafts} the rules marked {@code @status("draft")} run too. */
    public static Knotwise withRules(Path folder, boolean drafts) {
        return new Knotwise(RuleBase.fromFolder(folder, drafts));
    }

    /** As {@link #builtIn()}; with {@code drafts} the built-in rules marked {@code @status("draft")} run too. */
    public static Knotwise builtIn(boolean drafts) {
        return new Knotwise(RuleBase.builtIn(drafts));
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
        return run.assess(c);
    }

    /**
     * Assesses one case with only as much explanation as asked for: {@link Explain#NONE} and
     * {@link Explain#IDS} skip putting the rules' reasons into words, and no level here fills the
     * steps' {@code concluded} words (see {@link #assess(Case)} for those). Write it with
     * {@link org.knotwise.engine.json.KnotwiseJson#write(Assessment, Explain)} at the same level.
     */
    public Assessment assess(Case c, Explain level) {
        return run.assess(c, level);
    }
}
