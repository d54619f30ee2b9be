package org.knotwise.service.rules;

import java.time.Instant;
import java.util.List;

/** Why the last attempt to load a rule base failed: every problem with its file and line when known. */
public record LoadFailure(Instant at, String source, String message, List<Problem> problems) {

    /** A problem in one file; {@code line} is 0 when not known. */
    public record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return (line > 0 ? file + ":" + line : file) + ": " + message;
        }
    }

    public static LoadFailure of(String source, Throwable t) {
        List<Problem> problems = RuleBaseFacts.problems(t).orElseGet(List::of);
        String message = problems.isEmpty() ? t.getClass().getSimpleName() + ": " + t.getMessage()
                : problems.size() + " problem(s), first: " + problems.get(0);
        return new LoadFailure(Instant.now(), source, message, problems);
    }
}
