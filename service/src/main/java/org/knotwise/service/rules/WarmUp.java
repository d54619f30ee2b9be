package org.knotwise.service.rules;

import org.knotwise.engine.Explain;
import org.knotwise.engine.Knotwise;
import org.knotwise.workbench.generate.CaseGenerator;
import org.slf4j.LoggerFactory;

/**
 * Runs generated cases through the first rule base before the service listens, so the JIT has compiled the
 * engine's and the rules' code by the time the first request comes: cold, the service answers in
 * milliseconds only after some tens of thousands of cases, and at 1,000 requests/s the queue a cold start
 * builds may never drain (BENCHMARKS.md, "The service under load"). Reloads are not warmed: measured, it
 * cost the traffic they serve meanwhile more than it saved.
 */
public final class WarmUp {
    private static final long SEED = 1;

    private WarmUp() {
    }

    /** Assesses {@code cases} generated valid cases at every level of explanation; a rule that throws fails it. */
    public static void run(Knotwise engine, int cases) {
        long start = System.nanoTime();
        CaseGenerator generator = new CaseGenerator(SEED);
        Explain[] levels = Explain.values();
        for (int i = 0; i < cases; i++) {
            engine.assess(generator.nextCase(), levels[i % levels.length]);
        }
        if (cases > 0) {
            LoggerFactory.getLogger(WarmUp.class).info("rule base warmed with {} generated cases in {} ms", cases,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }
}
