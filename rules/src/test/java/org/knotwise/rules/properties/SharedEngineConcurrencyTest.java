package org.knotwise.rules.properties;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.Knotwise;
import org.knotwise.workbench.generate.CaseGenerator;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.Case;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One engine shared by eight threads over 100k generated cases gives, case for case and byte for
 * byte, what one thread gives. Results are compared by SHA-256 of their JSON to keep memory small.
 */
class SharedEngineConcurrencyTest {
    static final int CASES = Integer.getInteger("knotwise.concurrency.cases", 100_000);
    static final int THREADS = 8;

    @Test
    void eightThreadsSharingOneEngineGiveExactlyTheSingleThreadResults() throws Exception {
        Knotwise engine = Knotwise.builtIn();
        CaseGenerator generator = new CaseGenerator(20261125L);
        List<Case> cases = new ArrayList<>(CASES);
        for (int i = 0; i < CASES; i++) {
            cases.add(generator.nextCase());
        }
        byte[][] single = new byte[CASES][];
        for (int i = 0; i < CASES; i++) {
            single[i] = digest(engine, cases.get(i));
        }

        byte[][] shared = new byte[CASES][];
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> work = new ArrayList<>();
            int slice = 997; // interleave small slices so threads meet on the same rules at once
            for (int from = 0; from < CASES; from += slice) {
                int start = from;
                int end = Math.min(CASES, from + slice);
                work.add(pool.submit(() -> {
                    for (int i = start; i < end; i++) {
                        shared[i] = digest(engine, cases.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }

        for (int i = 0; i < CASES; i++) {
            if (!Arrays.equals(single[i], shared[i])) {
                throw new AssertionError("case " + cases.get(i).id() + " differs under " + THREADS
                        + " threads; one thread gives " + KnotwiseJson.write(engine.assess(cases.get(i))));
            }
        }
    }

    private static byte[] digest(Knotwise engine, Case c) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(KnotwiseJson.write(engine.assess(c)).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
