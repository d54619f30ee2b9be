package org.knotwise.bench;

import org.knotwise.bench.baseline.HandWrittenAssessor;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.model.Case;

import java.util.Arrays;
import java.util.function.Function;

/**
 * The engine-to-baseline ratio on a shared, noisy machine: after warming both up, one-second slices of
 * the engine and of the baseline alternate, so both see the same load, and the medians are compared.
 * {@code java -cp bench/target/benchmarks.jar org.knotwise.bench.InterleavedRatio [warm-up s] [slices]}
 */
public final class InterleavedRatio {
    private InterleavedRatio() {
    }

    public static void main(String[] args) {
        int warmUpSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int slices = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        Knotwise engine = Knotwise.builtIn();
        HandWrittenAssessor handWritten = new HandWrittenAssessor(engine.ruleBase());
        Case[] cases = Workload.cases(42);
        long end = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            rate(engine::assess, cases, 200_000_000L);
            rate(handWritten::assess, cases, 200_000_000L);
        }
        double[] e = new double[slices];
        double[] h = new double[slices];
        for (int i = 0; i < slices; i++) {
            e[i] = rate(engine::assess, cases, 1_000_000_000L);
            h[i] = rate(handWritten::assess, cases, 1_000_000_000L);
        }
        double engineMedian = median(e);
        double handMedian = median(h);
        System.out.printf("engine %.0f cases/s, hand-written %.0f cases/s (medians of %d one-second slices), engine = 1/%.1f of hand-written%n",
                engineMedian, handMedian, slices, handMedian / engineMedian);
    }

    private static double rate(Function<Case, ?> assess, Case[] cases, long nanos) {
        long start = System.nanoTime();
        long stop = start + nanos;
        int n = 0;
        Object sink = null;
        while (System.nanoTime() < stop) {
            sink = assess.apply(cases[n++ & (cases.length - 1)]);
        }
        if (sink == null) {
            throw new IllegalStateException("no case assessed");
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
