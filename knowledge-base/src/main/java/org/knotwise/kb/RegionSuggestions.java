package org.knotwise.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The region ids closest to something a person typed that is not a region id ({@code Heel},
 * {@code lower back}, {@code forearm}), for "did you mean" messages. Tried in order, the first
 * rule that finds anything wins:
 * <ol>
 * <li>the same id once case, spaces and underscores are set aside ({@code Heel}, {@code low back},
 *     {@code low_back}, {@code lowback});</li>
 * <li>ids that start with the input, set aside the same way ({@code forearm} → forearm-back,
 *     forearm-front; {@code upper arm} → upper-arm-front, upper-arm-back);</li>
 * <li>ids that, after the same normalising, are within a small edit distance of the input
 *     ({@code lower back} → low-back, {@code shoulderblade} → shoulder-blade, typos).</li>
 * </ol>
 * Results keep the knowledge base's region order, so they never depend on anything else.
 */
final class RegionSuggestions {

    /** At most this many ids are suggested. */
    static final int MAX = 4;

    private final List<String> regions;

    RegionSuggestions(List<String> regionsInOrder) {
        this.regions = List.copyOf(regionsInOrder);
    }

    List<String> closest(String input) {
        if (input == null || input.isBlank()) {
            return List.of();
        }
        String typed = squash(input);
        List<String> exact = new ArrayList<>();
        List<String> prefix = new ArrayList<>();
        for (String id : regions) {
            String squashed = squash(id);
            if (squashed.equals(typed)) {
                exact.add(id);
            } else if (typed.length() >= 3 && squashed.startsWith(typed)) {
                prefix.add(id);
            }
        }
        if (!exact.isEmpty()) {
            return exact;
        }
        if (!prefix.isEmpty()) {
            return limit(prefix);
        }
        int best = Integer.MAX_VALUE;
        List<String> nearest = new ArrayList<>();
        for (String id : regions) {
            int d = EditDistance.between(typed, squash(id));
            if (d < best) {
                best = d;
                nearest.clear();
            }
            if (d == best) {
                nearest.add(id);
            }
        }
        // Two edits in a short id, three in a long one: beyond that a guess misleads more than it helps.
        return best <= Math.max(2, typed.length() / 4) ? limit(nearest) : List.of();
    }

    /** Lower case, letters and digits only: "Low_Back " and "low-back" both become "lowback". */
    private static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static List<String> limit(List<String> ids) {
        return List.copyOf(ids.subList(0, Math.min(MAX, ids.size())));
    }

}
