package org.knotwise.service.rules;

import org.knotwise.engine.Knotwise;
import org.knotwise.engine.rulebase.RuleBaseException;
import org.knotwise.engine.rulebase.RuleDescription;

import java.util.List;
import java.util.Optional;

/**
 * Everything the service reads from the engine's rule-base classes, in one place: these classes are
 * moving to {@code org.knotwise.engine.rulebase}, and only this file needs to follow them.
 */
public final class RuleBaseFacts {
    private RuleBaseFacts() {
    }

    /** One rule as {@code GET /v1/rules} lists it. */
    public record RuleSummary(String id, String name, String source, String phase, String file) {
    }

    public static List<RuleSummary> rules(Knotwise engine) {
        return engine.ruleBase().rules().stream().map(RuleBaseFacts::summary).toList();
    }

    private static RuleSummary summary(RuleDescription r) {
        return new RuleSummary(r.id(), r.name(), r.source(), r.phase(), r.file());
    }

    /** The problems with file and line when the failure is the rule base's own, else empty. */
    public static Optional<List<LoadFailure.Problem>> problems(Throwable failure) {
        if (failure instanceof RuleBaseException e) {
            return Optional.of(e.problems().stream()
                    .filter(p -> p.isError())
                    .map(p -> new LoadFailure.Problem(p.file(), p.line(), p.message()))
                    .toList());
        }
        return Optional.empty();
    }
}
