package org.knotwise.bench;

import org.knotwise.engine.Explain;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Assessment;
import org.knotwise.engine.model.Case;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated and CPU time per case on one thread, for assess alone and for assess plus writing
 * the JSON line, at each explanation level. Allocation does not depend on the machine's load, so
 * this is the figure to compare on a shared machine; the CPU time is only indicative there.
 * {@code java -cp bench/target/benchmarks.jar org.knotwise.bench.AllocationPerCase [warm-up cases] [measured cases] [rules folder]}
 * (a rules folder, compiled at run time, compares variants of the rules; the default is the built-in rules).
 */
public final class AllocationPerCase {
    private AllocationPerCase() {
    }

    public static void main(String[] args) {
        int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Knotwise engine = args.length > 2 ? Knotwise.withRules(java.nio.file.Path.of(args[2])) : Knotwise.builtIn();
        Case[] cases = Workload.cases(42);
        for (Explain level : Explain.values()) {
            run(engine, cases, level, true, warmUp);
        }
        System.out.printf("%-6s %-14s %12s %12s%n", "level", "what", "bytes/case", "CPU us/case");
        for (Explain level : new Explain[]{Explain.FULL, Explain.IDS, Explain.NONE}) {
            for (boolean write : new boolean[]{false, true}) {
                long id = Thread.currentThread().getId();
                long bytes = threads.getThreadAllocatedBytes(id);
                long cpu = threads.getCurrentThreadCpuTime();
                run(engine, cases, level, write, measured);
                bytes = threads.getThreadAllocatedBytes(id) - bytes;
                cpu = threads.getCurrentThreadCpuTime() - cpu;
                System.out.printf("%-6s %-14s %12d %12.1f%n", level.id(), write ? "assess+write" : "assess",
                        bytes / measured, cpu / 1e3 / measured);
            }
            writeOnly(engine, cases, level, warmUp, measured, threads);
        }
    }

    /** Writing alone, the same assessments over and over: the JSON's own cost, apart from the engine's. */
    private static void writeOnly(Knotwise engine, Case[] cases, Explain level, int warmUp, int measured,
                                  com.sun.management.ThreadMXBean threads) {
        Assessment[] done = new Assessment[cases.length];
        for (int i = 0; i < cases.length; i++) {
            done[i] = engine.assess(cases[i], level);
        }
        long sink = 0;
        for (int i = 0; i < warmUp; i++) {
            sink += KnotwiseJson.write(done[i & (done.length - 1)], level).length();
        }
        long id = Thread.currentThread().getId();
        long bytes = threads.getThreadAllocatedBytes(id);
        long cpu = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < measured; i++) {
            sink += KnotwiseJson.write(done[i & (done.length - 1)], level).length();
        }
        bytes = threads.getThreadAllocatedBytes(id) - bytes;
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        System.out.printf("%-6s %-14s %12d %12.1f   (%d chars a line on average)%n", level.id(), "write alone",
                bytes / measured, cpu / 1e3 / measured, sink / (warmUp + measured));
    }

    private static void run(Knotwise engine, Case[] cases, Explain level, boolean write, int count) {
        long sink = 0;
        for (int i = 0; i < count; i++) {
            Assessment a = engine.assess(cases[i & (cases.length - 1)], level);
            sink += write ? KnotwiseJson.write(a, level).length() : a.candidateSites().size();
        }
        if (sink < 0) {
            throw new IllegalStateException("unreachable: " + sink);
        }
    }
}
