package org.knotwise.service.rules;

import org.knotwise.engine.Explain;
import org.knotwise.engine.Knotwise;
import org.knotwise.workbench.generate.CaseGenerator;

import java.util.function.BooleanSupplier;

/**
 * Runs generated cases through the first rule base, so the JIT compiles the engine's and the rules' code:
 * cold, the service answers in milliseconds only after some tens of thousands of cases, and at 1,000
 * requests/s the queue a cold start builds may never drain (BENCHMARKS.md, "The service under load"). The
 * service runs it in the background once it listens, and says it is ready only when it is done. Reloads are
 * not warmed: measured, it cost the traffic they serve meanwhile more than it saved.
 */
public final class WarmUp {
    private static final long SEED = 1;

    /** How many cases ran, and in how long; fewer than asked when it was stopped. */
    public record Done(int cases, long millis) {
    }

    private WarmUp() {
    }

    /**
     * Assesses {@code cases} generated valid cases at every level of explanation, until {@code stop} says
     * so; a rule that throws fails it.
     */
    public static Done run(Knotwise engine, int cases, BooleanSupplier stop) {
        long start = System.nanoTime();
        CaseGenerator generator = new CaseGenerator(SEED);
        Explain[] levels = Explain.values();
        int i = 0;
        for (; i < cases && !stop.getAsBoolean(); i++) {
            engine.assess(generator.nextCase(), levels[i % levels.length]);
        }
        return new Done(i, (System.nanoTime() - start) / 1_000_000);
    }
}
