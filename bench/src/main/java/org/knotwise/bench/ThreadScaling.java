package org.knotwise.bench;

import org.knotwise.engine.Explain;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.model.Case;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Does the engine itself scale with threads? After a warm-up, rounds of 1 and 2 (or more) threads
 * assess cases at {@code --explain none} for a few seconds each; besides the rate, each worker's own CPU
 * time gives the cases per worker CPU second, which the JIT compiler, the GC and other processes do not
 * count in. Equal per-CPU-second figures mean no contention inside the engine: a batch that scales worse
 * is waiting for something else (BENCHMARKS.md, "Performance, round 4").
 * {@code java -cp bench/target/benchmarks.jar org.knotwise.bench.ThreadScaling [warm-up s] [round s] [max threads]}
 */
public final class ThreadScaling {
    private ThreadScaling() {
    }

    public static void main(String[] args) throws InterruptedException {
        int warmUpSeconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int roundSeconds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int maxThreads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Knotwise engine = Knotwise.builtIn();
        Case[] cases = Workload.cases(42);
        run(engine, cases, maxThreads, warmUpSeconds);
        for (int round = 1; round <= 2; round++) {
            for (int threads = 1; threads <= maxThreads; threads++) {
                Result r = run(engine, cases, threads, roundSeconds);
                System.out.printf("round %d, %d thread(s): %.0f cases/s, %.0f cases per worker CPU second%n",
                        round, threads, r.perSecond(), r.perCpuSecond());
            }
        }
    }

    private record Result(double perSecond, double perCpuSecond) {
    }

    private static Result run(Knotwise engine, Case[] cases, int threads, int seconds) throws InterruptedException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicLong assessed = new AtomicLong();
        AtomicLong cpuNanos = new AtomicLong();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        Thread[] workers = new Thread[threads];
        for (int t = 0; t < threads; t++) {
            int first = t * (cases.length / threads);
            workers[t] = new Thread(() -> {
                long cpuStart = mx.getCurrentThreadCpuTime();
                long n = 0;
                for (int i = first; System.nanoTime() < end; i++, n++) {
                    engine.assess(cases[i & (cases.length - 1)], Explain.NONE);
                }
                assessed.addAndGet(n);
                cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpuStart);
            });
            workers[t].start();
        }
        for (Thread w : workers) {
            w.join();
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Result(assessed.get() / wall, assessed.get() / (cpuNanos.get() / 1e9));
    }
}
