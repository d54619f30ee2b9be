package org.knotwise.engine.rulebase;

import org.knotwise.kb.Problem;
import java.util.List;
import java.util.stream.Collectors;

/** The rule base did not compile whole; nothing was loaded. Lists every problem with file and line. */
public class RuleBaseException extends RuntimeException {
    private final List<Problem> problems;

    public RuleBaseException(List<Problem> problems) {
        super("the rule base has errors, nothing was loaded:\n" + problems.stream()
                .filter(Problem::isError).map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
