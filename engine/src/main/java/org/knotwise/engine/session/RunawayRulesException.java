package org.knotwise.engine.session;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A case's rules kept firing past the engine's bound: usually two rules that undo each other's change
 * (one sets a value, the other sets it back), so the session would never end. Reported as the case's
 * {@code ENGINE_FAILURE}, naming the rules that fired most.
 */
public final class RunawayRulesException extends RuntimeException {
    private final int limit;
    private final Map<String, Integer> firingsByRule;

    RunawayRulesException(int limit, Map<String, Integer> firingsByRule) {
        super(message(limit, firingsByRule));
        this.limit = limit;
        this.firingsByRule = Map.copyOf(firingsByRule);
    }

    /** The rules that fired most, most first: the ones that kept firing. */
    public List<String> loopingRules() {
        return top(firingsByRule).stream().map(Map.Entry::getKey).toList();
    }

    public int limit() {
        return limit;
    }

    private static List<Map.Entry<String, Integer>> top(Map<String, Integer> firings) {
        int most = firings.values().stream().max(Integer::compare).orElse(0);
        // the looping rules fire about as often as each other, far more than the rest
        return firings.entrySet().stream().filter(e -> e.getValue() * 10L >= most)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10).toList();
    }

    private static String message(int limit, Map<String, Integer> firings) {
        return "the rules kept firing: stopped after " + limit + " firings (no real case needs more than a few dozen);"
                + " these rules kept firing, probably undoing each other's changes: " + top(firings).stream()
                .map(e -> e.getKey() + " (" + e.getValue() + " times)").collect(Collectors.joining(", "));
    }

    /** The message alone: batch and scenario reports show it as the case's ENGINE_FAILURE text. */
    @Override
    public String toString() {
        return getMessage();
    }
}
