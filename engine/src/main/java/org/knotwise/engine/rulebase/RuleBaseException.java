package org.knotwise.engine.rulebase;

import java.util.List;
import java.util.stream.Collectors;

/** The rule base did not compile whole; nothing was loaded. Lists every problem with file and line. */
public class RuleBaseException extends RuntimeException {
    private final List<RuleProblem> problems;

    public RuleBaseException(List<RuleProblem> problems) {
        super("the rule base has errors, nothing was loaded:\n" + problems.stream()
                .filter(RuleProblem::isError).map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
