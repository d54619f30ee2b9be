package org.knotwise.workbench.impact;

import org.knotwise.workbench.report.Tally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule change did to a set of cases, in bounded memory: counts per kind of change (capped
 * like the report's) and the first few example cases of each kind, in input order.
 */
public final class Impact {
    static final int MAX_KINDS = 1000;
    public static final int EXAMPLES = 5;

    /** An example case of a kind of change. */
    public record Example(long line, String id, String detail, List<String> firedOnlyNew, List<String> firedOnlyOld) {
    }

    private long cases;
    private long changed;
    private final Tally kinds = new Tally(MAX_KINDS);
    private final Map<String, List<Example>> examples = new HashMap<>();

    void add(CaseChange change) {
        cases++;
        if (change == null) {
            return;
        }
        changed++;
        for (Change c : change.changes()) {
            if (kinds.add(c.kind())) {
                List<Example> list = examples.computeIfAbsent(c.kind(), k -> new ArrayList<>(EXAMPLES));
                if (list.size() < EXAMPLES) {
                    list.add(new Example(change.line(), change.id(), c.detail(), change.firedOnlyNew(), change.firedOnlyOld()));
                }
            }
        }
    }

    public long cases() {
        return cases;
    }

    public long changed() {
        return changed;
    }

    /** Cases per kind of change (a case may count under several kinds). */
    public Tally kinds() {
        return kinds;
    }

    public List<Example> examples(String kind) {
        return List.copyOf(examples.getOrDefault(kind, List.of()));
    }
}
