package org.knotwise.kb;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when knowledge-base data has errors; carries every problem found, not just the first. */
public class KnowledgeBaseException extends RuntimeException {

    private final List<Problem> problems;

    public KnowledgeBaseException(List<Problem> problems) {
        super("knowledge base has errors:\n" + problems.stream()
                .map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
