package org.knotwise.service.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code knotwise feedback export}: what the service stored. */
@Command(name = "feedback", mixinStandardHelpOptions = true,
        description = "Read what the service stored: CDS Hooks feedback and the cases served (--log-cases).",
        subcommands = {FeedbackExportCommand.class})
public final class FeedbackCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: export");
    }
}
