package org.knotwise.engine.rulebase;

import org.knotwise.kb.EditDistance;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for a name or a value that is not one of those allowed: the closest allowed one, when it is
 * a slip of a key or two away ({@code thum} → thumb, {@code professionalReason} → professionalReasons). Used
 * wherever a knowledge engineer's text is checked: fact fields and values in rules, scenario keys.
 */
public final class Suggestions {
    /** At most this many edits (an insertion, deletion, substitution or swap each) are still a slip. */
    private static final int MAX_EDITS = 2;

    private Suggestions() {
    }

    /** The allowed value closest to what was typed, ignoring case; ties go to the first allowed. */
    public static Optional<String> closest(String typed, Collection<String> allowed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String t = typed.toLowerCase(Locale.ROOT);
        return allowed.stream().filter(a -> EditDistance.between(a.toLowerCase(Locale.ROOT), t) <= MAX_EDITS)
                .min(Comparator.comparingInt(a -> EditDistance.between(a.toLowerCase(Locale.ROOT), t)));
    }

    /** {@code " (did you mean X?)"} for the closest allowed value, else {@code ""}. */
    public static String didYouMean(String typed, Collection<String> allowed) {
        return closest(typed, allowed).map(n -> " (did you mean " + n + "?)").orElse("");
    }

}
