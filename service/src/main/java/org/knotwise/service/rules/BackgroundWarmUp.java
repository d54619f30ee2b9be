package org.knotwise.service.rules;

import org.knotwise.engine.Knotwise;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;

/**
 * The first rule base's warm-up ({@link WarmUp}) on a thread of its own, started once the service listens:
 * a local trial answers at once, and a load balancer that waits for {@code /readyz} sends no traffic
 * before the JIT has compiled the rules. Requests that come meanwhile are answered by the same rule base,
 * only slower. A rule that throws on a generated case fails it: {@code onFailure} then stops the service.
 */
public final class BackgroundWarmUp {
    /** Held only until the warm-up starts: its thread holds it while it runs, so a replaced rule base is released. */
    private Knotwise engine;
    private final int cases;
    private final CompletableFuture<WarmUp.Done> done = new CompletableFuture<>();
    private volatile Thread thread;
    private volatile boolean stopping;

    /** A warm-up of {@code engine} with {@code cases} generated cases, not started (0: ready at once). */
    public BackgroundWarmUp(Knotwise engine, int cases) {
        this.cases = cases;
        if (cases == 0) {
            done.complete(new WarmUp.Done(0, 0));
        } else {
            this.engine = engine;
        }
    }

    /** Starts it (once the service listens); {@code onFailure} runs on its thread when a rule throws. */
    public synchronized void start(Runnable onFailure) {
        if (done.isDone() || thread != null) {
            return;
        }
        Knotwise warmed = engine;
        engine = null;
        Thread t = new Thread(() -> {
            try {
                WarmUp.Done d = WarmUp.run(warmed, cases, () -> stopping);
                if (d.cases() < cases) {
                    done.cancel(false);
                } else {
                    done.complete(d);
                }
            } catch (RuntimeException | LinkageError e) {
                LoggerFactory.getLogger(BackgroundWarmUp.class).error(
                        "the rule base failed on a generated case while warming up, stopping the service: {}", describe(e));
                onFailure.run();
                done.completeExceptionally(e); // after: whoever waits for it finds the service stopped
            }
        }, "rule-base-warm-up");
        t.setDaemon(true); // never keeps the JVM alive
        thread = t;
        t.start();
    }

    public int cases() {
        return cases;
    }

    /** Done when every case ran; failed when a rule threw (once onFailure has run); cancelled when stopped first. */
    public CompletableFuture<WarmUp.Done> done() {
        return done;
    }

    public boolean ready() {
        return done.isDone() && !done.isCompletedExceptionally();
    }

    /** Stops at the next case boundary and waits for it (unless called from the warm-up itself). */
    public void stop() throws InterruptedException {
        Thread t;
        synchronized (this) {
            stopping = true;
            t = thread;
            if (t == null) {
                engine = null;
                done.cancel(false); // never started
            }
        }
        if (t != null && Thread.currentThread() != t) {
            t.join();
        }
    }

    public static String describe(Throwable e) {
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
