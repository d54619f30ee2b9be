package org.knotwise.bench;

import org.knotwise.engine.Knotwise;
import org.knotwise.workbench.generate.CaseGenerator;
import org.knotwise.engine.json.KnotwiseJson;

/**
 * Times the built-in rules' start-up in a fresh JVM: {@code Knotwise.builtIn()}, then the first case.
 * Run it a few times, since the first lines of a JVM are noisy:
 * {@code java -cp bench/target/benchmarks.jar org.knotwise.bench.StartupTimer}.
 */
public final class StartupTimer {
    private StartupTimer() {
    }

    public static void main(String[] args) {
        long start = System.nanoTime();
        Knotwise knotwise = Knotwise.builtIn();
        long built = System.nanoTime();
        String out = KnotwiseJson.write(knotwise.assess(new CaseGenerator(1).nextCase()));
        long assessed = System.nanoTime();
        System.out.printf("builtIn() %d ms, first case %d ms (%d chars)%n",
                (built - start) / 1_000_000, (assessed - built) / 1_000_000, out.length());
    }
}
