package org.knotwise.cli;

import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Runs the knotwise command line inside the test's JVM, with its own standard input, output and
 * error (picocli's {@code setOut}/{@code setErr}): the fast way to test what a command does. What
 * only a process shows (start-up, exit codes from the JVM, Ctrl-C, the launcher) stays in the *IT
 * tests, through {@link CliProcess}. Paths must be absolute: the working folder is the module's.
 */
final class Cli {
    private Cli() {
    }

    static CliProcess.Result run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        byte[] in = stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8);
        CommandLine cli = KnotwiseCommand.commandLine(new ByteArrayInputStream(in));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new CliProcess.Result(exit, out.toString(), err.toString());
    }
}
