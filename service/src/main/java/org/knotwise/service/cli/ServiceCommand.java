package org.knotwise.service.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code knotwise serve} and {@code knotwise feedback}: the service's own jar. */
@Command(name = "knotwise", mixinStandardHelpOptions = true, version = "knotwise service 0.1.0",
        description = "Knotwise as an HTTP service (CDS Hooks 2.0 and a plain JSON API), and its feedback store.",
        subcommands = {ServeCommand.class, FeedbackCommand.class})
public final class ServiceCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: serve or feedback");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new ServiceCommand());
    }
}
