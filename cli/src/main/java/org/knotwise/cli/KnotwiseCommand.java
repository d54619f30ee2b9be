package org.knotwise.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

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
                ConsultCommand.class,
                org.knotwise.cli.rules.RulesCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"",
                "Exit codes: 0 done; 1 a case had an error or the rules did not load;",
                "            2 wrong usage; 3 a file could not be read or written; 130 interrupted."})
public final class KnotwiseCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests and main). */
    public static int run(String... args) {
        return new CommandLine(new KnotwiseCommand())
                .setExecutionExceptionHandler(new ErrorHandler())
                .execute(args);
    }
}
