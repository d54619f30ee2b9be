package org.knotwise.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The regions as a tree: each region names the one a step toward the centre of the body, and the
 * five trunk roots (no step given) form the core, any two of them one step apart. All the
 * geometry the rules need is counted here, on that tree, never on depths alone: two regions at
 * the same depth on different branches are not "at the same place".
 */
final class RegionTree {

    private final Map<String, List<String>> pathToRoot;   // the region itself first, its root last
    private final Map<String, Integer> order;

    /** {@code towardCentre} maps every region (in regions.csv order) to its parent or null. */
    RegionTree(Map<String, String> towardCentre) {
        Map<String, List<String>> paths = new HashMap<>();
        Map<String, Integer> index = new HashMap<>();
        for (String region : towardCentre.keySet()) {
            index.put(region, index.size());
            List<String> path = new ArrayList<>();
            for (String at = region; at != null && !path.contains(at); at = towardCentre.get(at)) {
                path.add(at);
            }
            paths.put(region, List.copyOf(path));
        }
        this.pathToRoot = Collections.unmodifiableMap(paths);
        this.order = Map.copyOf(index);
    }

    boolean contains(String region) {
        return pathToRoot.containsKey(region);
    }

    int depth(String region) {
        return path(region).size() - 1;
    }

    int order(String region) {
        Integer i = order.get(region);
        if (i == null) {
            throw unknown(region);
        }
        return i;
    }

    /** True when {@code site} lies on the way from {@code from} toward the centre (a proper ancestor). */
    boolean isTowardCentre(String from, String site) {
        List<String> path = path(from);
        path(site);
        return path.indexOf(site) > 0;
    }

    /**
     * Signed steps: positive only when the site lies toward the centre from {@code from}, negative
     * otherwise, 0 only for the same region; its size is always {@link #distance}.
     */
    int stepsTowardCentre(String from, String site) {
        List<String> up = path(from);
        List<String> down = path(site);
        int i = up.indexOf(site);
        if (i >= 0) {
            return i;
        }
        return -distance(up, down);
    }

    int distance(String a, String b) {
        return distance(path(a), path(b));
    }

    /** The candidate nearest to {@code site} on the tree; ties go to the earlier region in regions.csv. */
    String nearest(String site, Collection<String> candidates) {
        path(site);
        String best = null;
        for (String c : candidates) {
            if (best == null || closer(site, c, best)) {
                best = c;
            }
        }
        return best;
    }

    private boolean closer(String site, String c, String best) {
        int dc = distance(site, c);
        int db = distance(site, best);
        return dc < db || (dc == db && order(c) < order(best));
    }

    private static int distance(List<String> a, List<String> b) {
        String rootA = a.get(a.size() - 1);
        String rootB = b.get(b.size() - 1);
        if (!rootA.equals(rootB)) {
            // The trunk roots touch one another: one step across the core.
            return (a.size() - 1) + 1 + (b.size() - 1);
        }
        // Walk down from the shared root while the two paths agree: the last common region is
        // the lowest common ancestor.
        int i = a.size() - 1;
        int j = b.size() - 1;
        while (i > 0 && j > 0 && a.get(i - 1).equals(b.get(j - 1))) {
            i--;
            j--;
        }
        return i + j;
    }

    private List<String> path(String region) {
        List<String> p = pathToRoot.get(region);
        if (p == null) {
            throw unknown(region);
        }
        return p;
    }

    private static IllegalArgumentException unknown(String region) {
        return new IllegalArgumentException("unknown region: " + region);
    }
}
