package org.knotwise.kb;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The regions as a tree: each region names the one a step toward the centre of the body, and the
 * five trunk roots (no step given) form the core, any two of them one step apart. A region's depth
 * is its number of links to a root; its limb is its area (head-neck, shoulder-arm, trunk, leg).
 * How far a site lies toward the centre from a pain is counted as contract §8.1 says: by depth on
 * the pain's own limb (and from anywhere toward the trunk), by the tree path across limbs.
 */
final class RegionTree {

    static final String TRUNK = "trunk";

    private final Map<String, List<String>> pathToRoot;   // the region itself first, its root last
    private final Map<String, Integer> order;
    private final Map<String, String> limb;

    /**
     * {@code towardCentre} maps every region (in regions.csv order) to its parent or null;
     * {@code limb} maps it to its area.
     */
    RegionTree(Map<String, String> towardCentre, Map<String, String> limb) {
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
        this.limb = Map.copyOf(limb);
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

    /**
     * True when {@code site} lies toward the centre from {@code from} (contract §8.1): it is less
     * deep, and on the pain's limb, on the trunk, or on the pain's own path to the trunk.
     */
    boolean isTowardCentre(String from, String site) {
        List<String> up = path(from);
        List<String> down = path(site);
        if (down.size() >= up.size()) {
            return false;
        }
        return sameLimb(from, site) || TRUNK.equals(limb(site)) || up.contains(site);
    }

    /**
     * Signed steps (contract §8.1): toward the centre, the difference in depth (positive); on the
     * pain's limb or the trunk and not nearer, the same difference (0 beside the pain, negative
     * farther out); on another limb, minus the links on the tree path between them. 0 for the region
     * itself, and for another region of the pain's limb or the trunk at the same depth.
     */
    int stepsTowardCentre(String from, String site) {
        if (from.equals(site)) {
            path(from);
            return 0;
        }
        // toward the centre is a case of these three: on the limb, on the trunk, or on the pain's own path
        if (sameLimb(from, site) || TRUNK.equals(limb(site)) || onPathToRoot(from, site)) {
            return depth(from) - depth(site);
        }
        return -distance(from, site);
    }

    /** True when {@code site} is on the way from {@code from} to its trunk root (a proper ancestor). */
    boolean onPathToRoot(String from, String site) {
        List<String> path = path(from);
        path(site);
        return path.indexOf(site) > 0;
    }

    private boolean sameLimb(String a, String b) {
        return limb(a).equals(limb(b));
    }

    private String limb(String region) {
        String l = limb.get(region);
        if (l == null) {
            throw unknown(region);
        }
        return l;
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
