package org.knotwise.service.rules;

import org.knotwise.engine.Knotwise;
import org.knotwise.workbench.gate.GatedRuleBase;

import java.nio.file.Path;

/**
 * Builds an engine from a rules folder, or the built-in rules when the folder is null. The one place
 * where the service decides how rules are loaded, so a gated loader (type-checked compile, golden
 * scenarios) can replace the plain one without touching the rest.
 */
@FunctionalInterface
public interface RuleBaseLoader {
    Knotwise load(Path dirOrNull) throws Exception;

    /** The engine's own loading: compile and check, no scenarios. */
    RuleBaseLoader PLAIN = dir -> dir == null ? Knotwise.builtIn() : Knotwise.withRules(dir);

    /** What every command loads through: a type-checked compile, then the golden scenarios (issue 9's gate). */
    RuleBaseLoader GATED = GatedRuleBase::load;

    /** As {@link #GATED}, with the rules marked {@code @status("draft")} too ({@code serve --drafts}). */
    RuleBaseLoader GATED_WITH_DRAFTS = dir -> GatedRuleBase.load(dir, true);
}
