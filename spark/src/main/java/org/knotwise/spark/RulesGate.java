package org.knotwise.spark;

import org.knotwise.engine.Knotwise;
import org.knotwise.workbench.gate.GatedRuleBase;

import java.nio.file.Path;

/**
 * The one place the job decides whether a rules folder may be used, as the command line decides it:
 * the workbench's gate (a type-checked compile, then the folder's golden scenarios), which throws a
 * {@code RuleBaseException} naming the file and line or the failing scenario.
 */
final class RulesGate {
    private RulesGate() {
    }

    /** The engine for a rules folder that passed the gate (with its drafts when asked); throws when it does not pass. */
    static Knotwise open(Path folder, boolean drafts) {
        return GatedRuleBase.load(folder, drafts);
    }
}
