package org.knotwise.service.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Client threads that keep assessing cases (closed loop: each sends its next request when the last
 * one is answered) until stopped or {@code maxRequests} are sent, counting answers that are not 200.
 * Bounded in count; {@link #close()} stops them and waits for them.
 */
public final class Traffic implements AutoCloseable {
    private static final String[] CASES = {Cases.WRIST, Cases.RED_FLAG, Cases.NO_PROGRESS, Cases.PLAN_ONLY};

    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();
    private final List<Thread> threads = new ArrayList<>();
    // each request is sent under the read lock; held() takes the write lock to hold the traffic
    private final ReadWriteLock sending = new ReentrantReadWriteLock();

    private Traffic() {
    }

    /** Starts {@code clients} threads posting to {@code base}/v1/assess (no auth: the service runs without). */
    public static Traffic start(URI base, int clients, long maxRequests) {
        Traffic t = new Traffic();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI assess = base.resolve("/v1/assess?explain=ids");
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread th = new Thread(() -> {
                for (long i = offset; !t.stop.get() && t.ok.get() + t.failed.get() < maxRequests; i++) {
                    HttpRequest r = HttpRequest.newBuilder(assess).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(CASES[(int) (i % CASES.length)])).build();
                    t.sending.readLock().lock();
                    try {
                        HttpResponse<String> a = http.send(r, HttpResponse.BodyHandlers.ofString());
                        if (a.statusCode() == 200) {
                            t.ok.incrementAndGet();
                        } else {
                            t.fail(a.statusCode() + " " + a.body().substring(0, Math.min(300, a.body().length())));
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        t.fail(e.toString());
                    } finally {
                        t.sending.readLock().unlock();
                    }
                }
            }, "traffic-" + c);
            th.setDaemon(true);
            th.start();
            t.threads.add(th);
        }
        return t;
    }

    /**
     * Runs {@code measure} with no request in flight and none sent meanwhile (the requests under way finish
     * first), so a heap measured then holds no request's garbage or working set.
     */
    public <T> T held(java.util.concurrent.Callable<T> measure) throws Exception {
        sending.writeLock().lock();
        try {
            return measure.call();
        } finally {
            sending.writeLock().unlock();
        }
    }

    private void fail(String what) {
        failed.incrementAndGet();
        firstFailure.compareAndSet(null, what);
    }

    public long ok() {
        return ok.get();
    }

    public long failed() {
        return failed.get();
    }

    /** The first failed answer (status and body start, or the exception), null when none failed. */
    public String firstFailure() {
        return firstFailure.get();
    }

    @Override
    public void close() throws InterruptedException {
        stop.set(true);
        for (Thread th : threads) {
            th.join(60_000);
        }
    }
}
