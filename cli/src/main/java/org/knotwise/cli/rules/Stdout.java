package org.knotwise.cli.rules;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Standard output as UTF-8 text, whatever the platform's default. */
final class Stdout {
    private Stdout() {
    }

    static PrintWriter open() {
        return new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    }
}
