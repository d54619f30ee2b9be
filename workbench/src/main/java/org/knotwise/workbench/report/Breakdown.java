package org.knotwise.workbench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The results grouped by one property of the input cases, in bounded memory: at most
 * {@code maxKeys} groups, the rest counted together under {@link #OTHER}.
 */
public final class Breakdown implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    public static final String OTHER = "(other)";

    private final int maxKeys;
    private final Map<String, Slice> slices = new HashMap<>();

    public Breakdown(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    void add(String key, OutputFacts a) {
        Slice s = slices.get(key);
        if (s == null) {
            key = slices.size() >= maxKeys ? OTHER : key;
            s = slices.computeIfAbsent(key, k -> new Slice());
        }
        s.add(a);
    }

    void merge(Breakdown other) {
        other.slices.forEach((key, slice) -> {
            Slice s = slices.get(key);
            if (s == null) {
                s = slices.computeIfAbsent(slices.size() >= maxKeys ? OTHER : key, k -> new Slice());
            }
            s.merge(slice);
        });
    }

    public Slice slice(String key) {
        return slices.get(key);
    }

    /** The groups, most cases first. */
    public List<Map.Entry<String, Slice>> byCases() {
        List<Map.Entry<String, Slice>> list = new ArrayList<>(slices.entrySet());
        list.sort(Comparator.<Map.Entry<String, Slice>>comparingLong(e -> e.getValue().cases()).reversed()
                .thenComparing(Map.Entry::getKey));
        return list;
    }

    /** The groups in a fixed order first (those present), then the rest by cases. */
    public List<Map.Entry<String, Slice>> inOrder(List<String> fixed) {
        List<Map.Entry<String, Slice>> list = new ArrayList<>();
        for (String k : fixed) {
            if (slices.containsKey(k)) {
                list.add(Map.entry(k, slices.get(k)));
            }
        }
        for (Map.Entry<String, Slice> e : byCases()) {
            if (!fixed.contains(e.getKey())) {
                list.add(e);
            }
        }
        return list;
    }

    public boolean isEmpty() {
        return slices.isEmpty();
    }
}
