package org.knotwise.engine.rulebase;

import org.knotwise.kb.Problem;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.knotwise.engine.model.RuleBaseIdentity;
import org.knotwise.kb.KnowledgeBase;

import java.nio.file.Path;
import java.util.List;

/**
 * A rule base that compiled whole, with the knowledge-base data it reasons over. Immutable and
 * shared between threads: sessions come from a thread-safe pool and are reset when returned.
 */
public final class RuleBase {
    /** The knowledge base's name inside the rules (DRL {@code global KnowledgeBase kb}). */
    public static final String KB_GLOBAL = "kb";

    private final KieBase kieBase;
    private final boolean usesKbGlobal;
    private final KieSessionsPool pool;
    private final KnowledgeBase kb;
    private final List<RuleDescription> rules;
    private final List<Problem> warnings;
    private final RuleBaseIdentity identity;

    RuleBase(KieBase kieBase, KnowledgeBase kb, List<RuleDescription> rules, List<Problem> warnings,
             RuleBaseIdentity identity) {
        this.identity = identity;
        this.kieBase = kieBase;
        this.usesKbGlobal = kieBase.getKiePackages().stream()
                .flatMap(p -> p.getGlobalVariables().stream())
                .anyMatch(g -> KB_GLOBAL.equals(g.getName()));
        // The sessions keep Drools' thread safety (the default): with ThreadSafeOption.NO the
        // executable model's consequences reuse one argument array per rule, shared by every
        // session of the base, and two threads firing one rule corrupt each other's facts.
        this.pool = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.kb = kb;
        this.rules = List.copyOf(rules);
        this.warnings = List.copyOf(warnings);
    }

    /** The rules shipped in the knotwise-rules jar, with the built-in knowledge base. */
    public static RuleBase builtIn() {
        return RuleBaseLoader.builtIn();
    }

    /**
     * Compiles the {@code .drl} files in a folder, with the knowledge base in its {@code kb/}
     * subfolder (or the built-in one when there is none).
     *
     * @throws RuleBaseException listing every problem, when anything fails to compile or check
     */
    public static RuleBase fromFolder(Path folder) {
        return RuleBaseLoader.fromFolder(folder);
    }

    /** As {@link #fromFolder(Path)}; with {@code drafts} the rules marked {@code @status("draft")} run too. */
    public static RuleBase fromFolder(Path folder, boolean drafts) {
        return RuleBaseLoader.fromFolder(folder, drafts);
    }

    /** As {@link #builtIn()}; with {@code drafts} the rules marked {@code @status("draft")} run too. */
    public static RuleBase builtIn(boolean drafts) {
        return RuleBaseLoader.builtIn(drafts);
    }

    /** Compiles and checks a folder without loading it: every error and warning, with file and line. */
    public static List<Problem> check(Path folder) {
        return RuleBaseLoader.check(folder);
    }

    /** Compiles and checks the built-in rules and knowledge base the same way as a folder. */
    public static List<Problem> checkBuiltIn() {
        return RuleBaseLoader.checkBuiltIn();
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** Name, version and digest of the files behind this rule base (contract §7.8). */
    public RuleBaseIdentity identity() {
        return identity;
    }

    /** Every rule that runs, in load order (drafts only when they were asked for). */
    public List<RuleDescription> rules() {
        return rules;
    }

    /** Non-fatal findings from loading (e.g. rules in an unknown phase, uncovered regions). */
    public List<Problem> warnings() {
        return warnings;
    }

    /** A session from the pool, for the engine's case run; dispose it to return it. */
    public KieSession newSession() {
        return pool.newKieSession();
    }

    /** Whether any rule file declares the {@code kb} global (a folder's rules may not use it). */
    public boolean usesKnowledgeBaseGlobal() {
        return usesKbGlobal;
    }

    KieBase kieBase() {
        return kieBase;
    }
}
