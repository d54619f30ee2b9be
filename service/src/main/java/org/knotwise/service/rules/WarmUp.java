package org.knotwise.service.rules;

import org.knotwise.engine.Explain;
import org.knotwise.engine.Knotwise;
import org.knotwise.workbench.generate.CaseGenerator;

/**
 * Runs generated cases through a rule base before it is served, so the JIT has compiled its rules' code
 * by the time the first request comes: a cold rule base answers in milliseconds only after some thousands
 * of cases, and at 1,000 requests/s the queue a cold start builds may never drain (BENCHMARKS.md). Each
 * rule base is new code (its own generated classes), so a reload warms again, before the swap.
 */
final class WarmUp {
    private static final long SEED = 1;

    private WarmUp() {
    }

    /** Assesses {@code cases} generated valid cases at every level of explanation; a rule that throws fails it. */
    static void run(Knotwise engine, int cases) {
        CaseGenerator generator = new CaseGenerator(SEED);
        Explain[] levels = Explain.values();
        for (int i = 0; i < cases; i++) {
            engine.assess(generator.nextCase(), levels[i % levels.length]);
        }
    }
}
