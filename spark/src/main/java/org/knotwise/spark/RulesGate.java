package org.knotwise.spark;

import org.knotwise.engine.Knotwise;

import java.nio.file.Path;

/**
 * The one place the job decides whether a rules folder may be used, as the command line decides
 * it. Today that is the engine's own check: {@link Knotwise#withRules} compiles and checks the
 * folder and throws (a {@code RuleBaseException} naming file and line) when anything is wrong, so a
 * rule base with an error is never used. When the command line gains a stricter gate, call it here.
 */
final class RulesGate {
    private RulesGate() {
    }

    /** The engine for a rules folder that passed the gate; throws when it does not pass. */
    static Knotwise open(Path folder) {
        return Knotwise.withRules(folder);
    }
}
