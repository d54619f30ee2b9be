package org.knotwise.engine.rulebase;

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
        return allowed.stream().filter(a -> distance(a.toLowerCase(Locale.ROOT), t) <= MAX_EDITS)
                .min(Comparator.comparingInt(a -> distance(a.toLowerCase(Locale.ROOT), t)));
    }

    /** {@code " (did you mean X?)"} for the closest allowed value, else {@code ""}. */
    public static String didYouMean(String typed, Collection<String> allowed) {
        return closest(typed, allowed).map(n -> " (did you mean " + n + "?)").orElse("");
    }

    /** Edit distance, an adjacent swap counting as one edit (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
