package org.knotwise.workbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per key in bounded memory: at most {@code maxKeys} distinct keys are kept; occurrences of
 * any further key are counted together as {@link #others()}. The keys a report counts come from the
 * contract's vocabulary (regions, codes, levels), so the bound is a guard against a custom rule base
 * or a corrupt file, not something a normal run reaches.
 */
public final class Tally implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final int maxKeys;
    private final Map<String, long[]> counts = new HashMap<>();
    private long others;
    private long total;

    public Tally(int maxKeys) {
        if (maxKeys < 1) {
            throw new IllegalArgumentException("maxKeys must be at least 1, not " + maxKeys);
        }
        this.maxKeys = maxKeys;
    }

    /** Counts one occurrence of {@code key}; returns false when the key did not fit and went to others. */
    public boolean add(String key) {
        return add(key, 1);
    }

    public boolean add(String key, long n) {
        total += n;
        long[] c = counts.get(key);
        if (c == null) {
            if (counts.size() >= maxKeys) {
                others += n;
                return false;
            }
            c = new long[1];
            counts.put(key, c);
        }
        c[0] += n;
        return true;
    }

    /** Adds another tally's counts (its others stay others), e.g. the tally of another part of a file. */
    public void merge(Tally other) {
        other.counts.forEach((k, v) -> add(k, v[0]));
        addOthers(other.others);
    }

    /** Counts occurrences of keys that were not kept (another tally's others). */
    public void addOthers(long n) {
        others += n;
        total += n;
    }

    public long count(String key) {
        long[] c = counts.get(key);
        return c == null ? 0 : c[0];
    }

    /** Occurrences of keys beyond the first {@code maxKeys} distinct ones. */
    public long others() {
        return others;
    }

    /** All occurrences, others included. */
    public long total() {
        return total;
    }

    public int size() {
        return counts.size();
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** Every key kept, most frequent first, ties by key. */
    public List<Map.Entry<String, Long>> byCount() {
        List<Map.Entry<String, Long>> list = new ArrayList<>(counts.size());
        counts.forEach((k, v) -> list.add(Map.entry(k, v[0])));
        list.sort(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                .thenComparing(Map.Entry::getKey));
        return list;
    }

    /**
     * The keys in a fixed order first (with zero counts, so a chart always shows the whole scale),
     * then any other keys by count.
     */
    public List<Map.Entry<String, Long>> inOrder(List<String> fixed) {
        List<Map.Entry<String, Long>> list = new ArrayList<>();
        for (String k : fixed) {
            list.add(Map.entry(k, count(k)));
        }
        for (Map.Entry<String, Long> e : byCount()) {
            if (!fixed.contains(e.getKey())) {
                list.add(e);
            }
        }
        return list;
    }

    /** The most frequent key, or null when nothing was counted. */
    public String top() {
        List<Map.Entry<String, Long>> list = byCount();
        return list.isEmpty() ? null : list.get(0).getKey();
    }
}
