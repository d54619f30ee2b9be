package org.knotwise.service.http;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code workers} requests worked on at once and {@code queue} waiting; a request beyond
 * that, or one that waited too long, is refused at once (503 with Retry-After) rather than queued
 * without bound.
 */
final class WorkLimiter {
    private final Semaphore slots;
    private final int maxWaiting;
    private final long waitMillis;
    private final AtomicInteger waiting = new AtomicInteger();

    WorkLimiter(int workers, int queue, long waitMillis) {
        this.slots = new Semaphore(workers, true);
        this.maxWaiting = queue;
        this.waitMillis = waitMillis;
    }

    /** True with a slot held (release it), false when the service is full. */
    boolean acquire() throws InterruptedException {
        if (slots.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }

    void release() {
        slots.release();
    }
}
