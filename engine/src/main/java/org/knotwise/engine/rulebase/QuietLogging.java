package org.knotwise.engine.rulebase;

import org.slf4j.LoggerFactory;
import org.slf4j.spi.SLF4JServiceProvider;

import java.util.ServiceLoader;

/**
 * Sets up SLF4J before the rules load. An application that embeds Knotwise without an SLF4J
 * provider gets no logs anyway; SLF4J would still print three "No SLF4J providers were found"
 * lines to its stderr, so in that case only its own report is silenced while it starts.
 */
final class QuietLogging {
    private static final String VERBOSITY = "slf4j.internal.verbosity";

    private QuietLogging() {
    }

    /** Idempotent; call on the loading thread before any parallel work (two threads starting SLF4J print a "replay" warning). */
    static synchronized void setUp() {
        boolean silence = System.getProperty(VERBOSITY) == null && System.getProperty("slf4j.provider") == null
                && ServiceLoader.load(SLF4JServiceProvider.class, LoggerFactory.class.getClassLoader()).findFirst().isEmpty();
        if (silence) {
            System.setProperty(VERBOSITY, "ERROR"); // read once, when SLF4J's reporter starts
        }
        try {
            LoggerFactory.getILoggerFactory();
        } finally {
            if (silence) {
                System.clearProperty(VERBOSITY);
            }
        }
    }
}
