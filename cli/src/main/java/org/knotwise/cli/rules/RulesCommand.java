package org.knotwise.cli.rules;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code knotwise rules ...}: the knowledge engineers' workbench. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = org.knotwise.cli.VersionProvider.class,
        description = {"Work on the rules and the knowledge base, without Java.",
                "Copy them into a folder you own,",
                "validate them, test them with scenarios, write a catalogue to review them, and diff two of them."},
        subcommands = {InitCommand.class, ValidateCommand.class, TestCommand.class, CatalogueCommand.class,
                MutateCommand.class, ImpactCommand.class, DiffCommand.class})
public final class RulesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
