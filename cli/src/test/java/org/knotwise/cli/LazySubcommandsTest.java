package org.knotwise.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** A run naming a subcommand builds that one's picocli model alone, and reads the same as with all of them. */
class LazySubcommandsTest {

    private static CommandLine cli(String firstArg) {
        return KnotwiseCommand.commandLine(new ByteArrayInputStream(new byte[0]), firstArg);
    }

    @Test
    void aNamedSubcommandIsTheOnlyOneRegistered() {
        assertThat(cli("assess").getSubcommands()).containsOnlyKeys("assess");
        assertThat(cli("batch").getSubcommands()).containsOnlyKeys("batch");
        assertThat(cli("rules").getSubcommands()).containsOnlyKeys("rules");
    }

    @Test
    void helpNoArgumentOrAnUnknownWordRegisterEverySubcommandInTheUsageOrder() {
        String[] all = {"assess", "batch", "generate", "report", "consult", "rules", "help"};
        assertThat(KnotwiseCommand.commandLine(new ByteArrayInputStream(new byte[0])).getSubcommands().keySet())
                .containsExactly(all);
        assertThat(cli("help").getSubcommands().keySet()).containsExactly(all);
        assertThat(cli(null).getSubcommands().keySet()).containsExactly(all);
        assertThat(cli("asses").getSubcommands().keySet()).containsExactly(all);
        assertThat(cli("--version").getSubcommands().keySet()).containsExactly(all);
    }

    @Test
    void aSubcommandsHelpAndUsageErrorsReadTheSameAsWithEverySubcommand() {
        for (String[] args : new String[][]{{"assess", "--help"}, {"batch", "--no-such-option"}, {"rules", "catalogue", "--help"}}) {
            assertThat(run(cli(args[0]), args)).as(String.join(" ", args)).isEqualTo(run(cli(null), args));
        }
    }

    private static String run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return exit + "\n" + out + "\n" + err;
    }
}
