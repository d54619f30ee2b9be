package org.knotwise.service.bench;

import org.knotwise.service.rules.RuleBaseHolder;
import org.knotwise.service.rules.RuleBaseLoader;
import org.knotwise.service.support.BuiltInRules;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reloads a rules folder N times (default 150) and prints the heap in use after a full GC every 25
 * reloads: with the old KIE modules released it stays flat. A main, not a test (minutes long).
 * <pre>ReloadSoak [N]</pre>
 */
public final class ReloadSoak {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Math.min(1000, Integer.parseInt(args[0])) : 150;
        Path dir = BuiltInRules.copyTo(Files.createTempDirectory("knotwise-soak").resolve("rules"));
        RuleBaseHolder holder = new RuleBaseHolder(RuleBaseLoader.PLAIN, dir);
        long start = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            if (!holder.reload().ok()) {
                throw new IllegalStateException("reload " + i + " failed: " + holder.lastFailure());
            }
            if (i == 1 || i % 25 == 0) {
                System.out.printf("reload %4d: heap used after GC %6.1f MiB, %.1f s%n", i, usedAfterGc() / 1048576.0,
                        (System.nanoTime() - start) / 1e9);
            }
        }
        System.exit(0);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
