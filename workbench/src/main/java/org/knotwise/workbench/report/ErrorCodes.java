package org.knotwise.workbench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Error lines counted per code, with the first few line numbers of each code (where to look first). */
public final class ErrorCodes implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final int linesKept;
    private final Tally counts;
    private final Map<String, List<Long>> firstLines = new HashMap<>();

    public ErrorCodes(int maxCodes, int linesKept) {
        this.counts = new Tally(maxCodes);
        this.linesKept = linesKept;
    }

    public void add(String code, long line) {
        if (counts.add(code)) {
            List<Long> lines = firstLines.computeIfAbsent(code, c -> new ArrayList<>(linesKept));
            if (lines.size() < linesKept) {
                lines.add(line);
            }
        }
    }

    /** Adds the errors of another part of the file: the first line numbers stay the smallest. */
    public void merge(ErrorCodes other) {
        counts.merge(other.counts);
        other.firstLines.forEach((code, lines) -> {
            if (counts.count(code) > 0) {
                List<Long> merged = firstLines.computeIfAbsent(code, c -> new ArrayList<>(linesKept));
                merged.addAll(lines);
                merged.sort(null);
                merged.subList(Math.min(linesKept, merged.size()), merged.size()).clear();
            }
        });
    }

    public Tally counts() {
        return counts;
    }

    /** The first line numbers where the code occurred, in file order. */
    public List<Long> firstLines(String code) {
        return List.copyOf(firstLines.getOrDefault(code, List.of()));
    }

    public int linesKept() {
        return linesKept;
    }
}
