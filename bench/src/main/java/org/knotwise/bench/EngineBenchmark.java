package org.knotwise.bench;

import org.knotwise.bench.baseline.HandWrittenAssessor;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cases per second through the engine with the built-in rules, and through the hand-written baseline,
 * on the same generated cases in the same run. Threads come from the command line ({@code -t 1}, {@code -t 2}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class EngineBenchmark {
    private Knotwise engine;
    private HandWrittenAssessor handWritten;
    private Case[] cases;

    @Setup
    public void setUp() {
        engine = Knotwise.builtIn();
        handWritten = new HandWrittenAssessor(engine.ruleBase());
        cases = Workload.cases(42);
    }

    /** Each thread walks the cases from its own position. */
    @State(Scope.Thread)
    public static class Cursor {
        private int next;

        Case next(Case[] cases) {
            return cases[next++ & (cases.length - 1)];
        }
    }

    @Benchmark
    public Assessment engine(Cursor cursor) {
        return engine.assess(cursor.next(cases));
    }

    @Benchmark
    public Assessment handWritten(Cursor cursor) {
        return handWritten.assess(cursor.next(cases));
    }
}
