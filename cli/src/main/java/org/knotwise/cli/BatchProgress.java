package org.knotwise.cli;

import org.knotwise.engine.batch.CaseOutcome;
import org.knotwise.engine.batch.PartOfACase;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Counts a batch's outcomes as they are written and, when asked, redraws a one-line progress bar on
 * stderr a few times a second: cases done, cases/s, errors so far, and (for a file) share and ETA.
 */
final class BatchProgress implements Consumer<CaseOutcome> {
    private volatile long startNanos = System.nanoTime();
    private volatile long lines;
    private volatile long errors;
    private volatile long piecesOfCases;
    private ScheduledExecutorService ticker;

    @Override
    public void accept(CaseOutcome outcome) {
        // Only the writer thread calls this: plain increments of volatiles are enough for the ticker to read.
        lines++;
        if (outcome.isError()) {
            errors++;
            if (PartOfACase.MESSAGE.equals(outcome.error().message())) {
                piecesOfCases++;
            }
        }
    }

    /** One hint for a file of pretty-printed cases, instead of leaving it to each error line. */
    String hint() {
        return piecesOfCases == 0 ? null : "knotwise: " + piecesOfCases + " line(s) looked like parts of cases written over"
                + " several lines: a batch takes one case per line (JSON Lines); jq -c . FILE puts each case on one line";
    }

    /** Starts the clock for cases/s and the ETA (once the rules are loaded). */
    void start() {
        startNanos = System.nanoTime();
    }

    /** Starts redrawing the bar on {@code err}; {@code bytesRead} and {@code totalBytes} (or -1) give the ETA. */
    void showOn(PrintWriter err, LongSupplier bytesRead, long totalBytes) {
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "knotwise-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> {
            err.print("\r" + bar(bytesRead.getAsLong(), totalBytes) + "\033[K");
            err.flush();
        }, 250, 250, TimeUnit.MILLISECONDS);
    }

    /** Stops the bar and clears its line, so the summary that follows stands alone. */
    void hide(PrintWriter err) {
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            err.print("\r\033[K");
            err.flush();
        }
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    String bar(long bytesRead, long totalBytes) {
        double s = Math.max(seconds(), 1e-3);
        long done = lines;
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d cases  %,.0f cases/s  %,d error(s)",
                done, done / s, errors));
        if (totalBytes > 0 && bytesRead > 0 && done > 0) { // the reader runs ahead: no ETA before the first case
            double share = Math.min(1.0, (double) bytesRead / totalBytes);
            long eta = Math.round(s / share - s);
            b.insert(0, bar(share) + String.format(Locale.ROOT, " %3.0f%%  ", share * 100));
            b.append(String.format(Locale.ROOT, "  ETA %d:%02d", eta / 60, eta % 60));
        }
        return b.toString();
    }

    private static String bar(double share) {
        int width = 20;
        int full = (int) Math.round(share * width);
        return "[" + "#".repeat(full) + " ".repeat(width - full) + "]";
    }

    /** The one-line summary printed at the end. */
    String summary(long lines, long assessed, long errors) {
        double s = seconds();
        return String.format(Locale.ROOT, "knotwise: %d line(s), %d assessed, %d error(s) in %.1f s (%,.0f cases/s)",
                lines, assessed, errors, s, lines / Math.max(s, 1e-3));
    }
}
