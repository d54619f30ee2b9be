package org.knotwise.workbench.impact;

import org.knotwise.engine.Knotwise;
import org.knotwise.engine.batch.BatchOptions;
import org.knotwise.engine.batch.CaseLineProcessor;
import org.knotwise.engine.batch.InputLine;
import org.knotwise.engine.batch.LineReader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs every case under the old and the new rules in one process and sums up what changed.
 * Streaming and ordered: the calling thread reads chunks of lines and hands them to a pool of
 * workers (each worker assesses a line under both rule bases and compares), keeping at most
 * {@code 2 × threads} chunks in flight, and sums the results in input order, so the examples of
 * each kind are the first cases in the file. DUPLICATE_ID is a batch's verdict on the file, not
 * the rules', so it is not checked here.
 */
public final class ImpactRunner {
    private static final int CHUNK_LINES = 32;

    private final CaseLineProcessor oldRules;
    private final CaseLineProcessor newRules;
    private final int threads;

    public ImpactRunner(Knotwise oldRules, Knotwise newRules, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.oldRules = new CaseLineProcessor(oldRules);
        this.newRules = new CaseLineProcessor(newRules);
        this.threads = threads;
    }

    public Impact run(InputStream cases) throws IOException {
        LineReader reader = new LineReader(new BufferedInputStream(cases, 1 << 16), BatchOptions.DEFAULT_MAX_LINE_BYTES);
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "knotwise-impact-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Impact impact = new Impact();
        Deque<Future<CaseChange[]>> inFlight = new ArrayDeque<>();
        try {
            List<InputLine> chunk = new ArrayList<>(CHUNK_LINES);
            for (InputLine line = reader.next(); line != null; line = reader.next()) {
                chunk.add(line);
                if (chunk.size() == CHUNK_LINES) {
                    List<InputLine> lines = chunk;
                    inFlight.add(pool.submit(() -> compare(lines)));
                    chunk = new ArrayList<>(CHUNK_LINES);
                    if (inFlight.size() >= 2 * threads) {
                        sum(impact, inFlight.poll());
                    }
                }
            }
            if (!chunk.isEmpty()) {
                List<InputLine> lines = chunk;
                inFlight.add(pool.submit(() -> compare(lines)));
            }
            while (!inFlight.isEmpty()) {
                sum(impact, inFlight.poll());
            }
            return impact;
        } finally {
            pool.shutdownNow();
        }
    }

    private CaseChange[] compare(List<InputLine> lines) {
        CaseChange[] changes = new CaseChange[lines.size()];
        for (int i = 0; i < changes.length; i++) {
            InputLine line = lines.get(i);
            changes[i] = AssessmentDiff.compare(line.number(), oldRules.process(line).json(), newRules.process(line).json());
        }
        return changes;
    }

    private static void sum(Impact impact, Future<CaseChange[]> next) throws IOException {
        try {
            for (CaseChange c : next.get()) {
                impact.add(c);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the impact run was interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("an impact worker failed", e.getCause());
        }
    }
}
