package org.knotwise.service.bench;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A bounded, fixed-rate (open-loop) load generator for the service on loopback. Requests are sent
 * on a fixed schedule whatever the answers do; latency is measured from when each request was due,
 * so a stalled server shows as latency rather than as a slower rate (no coordinated omission).
 * At most {@code maxInFlight} requests are outstanding: past that a due request is counted as
 * dropped, so the run is bounded in memory as well as in time. Not a test: a main, run by
 * {@code service/harness/load.sh}.
 *
 * <pre>LoadGenerator URL METHOD RATE SECONDS [BODY_FILE] [MAX_IN_FLIGHT]</pre>
 * Prints one line: rate, sent, ok, errors, dropped, p50/p90/p99/p999/max in ms.
 */
public final class LoadGenerator {
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String method = args[1];
        int rate = Integer.parseInt(args[2]);
        int seconds = Math.min(600, Integer.parseInt(args[3]));
        String body = args.length > 4 && !args[4].equals("-") ? java.nio.file.Files.readString(java.nio.file.Path.of(args[4])) : null;
        int maxInFlight = args.length > 5 ? Integer.parseInt(args[5]) : 2000;
        System.out.println(run(uri, method, rate, seconds, body, maxInFlight));
        System.exit(0);
    }

    static String run(URI uri, String method, int rate, int seconds, String body, int maxInFlight) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        HttpRequest request = body == null ? b.GET().build()
                : b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        // warm-up: a few seconds at the same rate, not recorded
        drive(http, request, rate, Math.min(5, seconds), maxInFlight, new Recorder(3), new AtomicLong[]{
                new AtomicLong(), new AtomicLong(), new AtomicLong()});
        Recorder recorder = new Recorder(3);
        AtomicLong[] counts = {new AtomicLong(), new AtomicLong(), new AtomicLong()}; // ok, errors, dropped
        long sent = drive(http, request, rate, seconds, maxInFlight, recorder, counts);
        Histogram h = recorder.getIntervalHistogram();
        return String.format("rate=%d/s duration=%ds sent=%d ok=%d errors=%d dropped=%d p50=%.2fms p90=%.2fms"
                        + " p99=%.2fms p99.9=%.2fms max=%.2fms",
                rate, seconds, sent, counts[0].get(), counts[1].get(), counts[2].get(), ms(h.getValueAtPercentile(50)),
                ms(h.getValueAtPercentile(90)), ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)),
                ms(h.getMaxValue()));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static long drive(HttpClient http, HttpRequest request, int rate, int seconds, int maxInFlight,
                              Recorder recorder, AtomicLong[] counts) throws InterruptedException {
        Semaphore inFlight = new Semaphore(maxInFlight);
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        for (long i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (!inFlight.tryAcquire()) {
                counts[2].incrementAndGet();
                continue;
            }
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((r, t) -> {
                recorder.recordValue(Math.max(0, System.nanoTime() - due));
                (t == null && r.statusCode() == 200 ? counts[0] : counts[1]).incrementAndGet();
                inFlight.release();
            });
        }
        // let the last requests finish (bounded)
        inFlight.tryAcquire(maxInFlight, 15, TimeUnit.SECONDS);
        return total;
    }
}
