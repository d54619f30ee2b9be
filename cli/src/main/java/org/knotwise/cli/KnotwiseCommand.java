package org.knotwise.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;

/** The {@code knotwise} command: assess one case, run a batch, work on the rules. */
@Command(name = "knotwise",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Self-massage advice for muscle knots (myofascial trigger points), from rules.",
                "Self-help advice drawn from one article, not a medical diagnosis."},
        subcommands = {
                AssessCommand.class,
                BatchCommand.class,
                GenerateCommand.class,
                org.knotwise.cli.rules.RulesCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"",
                "Exit codes: 0 done; 1 a case had an error or the rules did not load;",
                "            2 wrong usage; 3 a file could not be read or written; 130 interrupted."})
public final class KnotwiseCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What "-" reads; every command reaches it through {@link Io#open}. */
    private final InputStream stdin;

    public KnotwiseCommand() {
        this(System.in);
    }

    KnotwiseCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    InputStream stdin() {
        return stdin;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine(System.in);
        // Standard output that reports a failed write (a full disk, a closed pipe) instead of hiding it.
        cli.setOut(new CheckedPrintWriter(new FileOutputStream(FileDescriptor.out)));
        int exit = cli.execute(args);
        cli.getErr().flush();
        System.exit(exit);
    }

    /**
     * The command line reading {@code stdin} for "-", with the error handler: tests set its out and
     * err with {@link CommandLine#setOut(PrintWriter)} and {@link CommandLine#setErr(PrintWriter)}.
     */
    public static CommandLine commandLine(InputStream stdin) {
        return new CommandLine(new KnotwiseCommand(stdin))
                .setExecutionExceptionHandler(new ErrorHandler());
    }
}
