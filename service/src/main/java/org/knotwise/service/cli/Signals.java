package org.knotwise.service.cli;

import sun.misc.Signal;

/**
 * Runs a graceful stop on SIGTERM and SIGINT, off the signal thread. A shutdown hook alone would
 * make the JVM exit 143 after SIGTERM; handling the signal lets the command return 0 once stopped.
 */
final class Signals {
    private Signals() {
    }

    /** Returns the stop as run once, for the service's own reasons to stop (a failed warm-up). */
    static Runnable onTermination(Runnable stop) {
        Runnable once = new Runnable() {
            private boolean started;

            @Override
            public synchronized void run() {
                if (!started) {
                    started = true;
                    Thread t = new Thread(stop, "knotwise-stop");
                    t.start();
                }
            }
        };
        try {
            Signal.handle(new Signal("TERM"), s -> once.run());
            Signal.handle(new Signal("INT"), s -> once.run());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // no signal support here: fall back to a shutdown hook (exit code then 143)
            Runtime.getRuntime().addShutdownHook(new Thread(stop));
        }
        return once;
    }
}
