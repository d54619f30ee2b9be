package org.knotwise.spark;

import org.knotwise.engine.Knotwise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Knotwise engine per executor JVM and rule base, built on first use there and shared by all
 * the tasks the JVM runs (the engine is thread-safe). Never broadcast: a compiled rule base is
 * big, and is rebuilt from its sources where it runs.
 */
final class EngineHolder {
    private static final String BUILT_IN = "built-in";
    private static final Map<String, Knotwise> ENGINES = new ConcurrentHashMap<>();

    private EngineHolder() {
    }

    /** The engine for these rules (null: the built-in ones), with their draft rules when {@code drafts}. */
    static Knotwise engine(RuleSnapshot rules, boolean drafts) {
        String key = (rules == null ? BUILT_IN : rules.digest()) + (drafts ? "+drafts" : "");
        return ENGINES.computeIfAbsent(key, k -> build(rules, drafts));
    }

    private static Knotwise build(RuleSnapshot rules, boolean drafts) {
        if (rules == null) {
            return Knotwise.builtIn(drafts);
        }
        try {
            Path parent = Files.createTempDirectory("knotwise-rules-");
            parent.toFile().deleteOnExit();
            return RulesGate.open(rules.writeUnder(parent), drafts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rules folder on this executor", e);
        }
    }
}
