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

    /** The engine for these rules (null: the built-in ones). */
    static Knotwise engine(RuleSnapshot rules) {
        return ENGINES.computeIfAbsent(rules == null ? BUILT_IN : rules.digest(), key -> build(rules));
    }

    private static Knotwise build(RuleSnapshot rules) {
        if (rules == null) {
            return Knotwise.builtIn();
        }
        try {
            Path parent = Files.createTempDirectory("knotwise-rules-");
            parent.toFile().deleteOnExit();
            return RulesGate.open(rules.writeUnder(parent));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rules folder on this executor", e);
        }
    }
}
