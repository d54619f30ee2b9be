package org.knotwise.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code knotwise --help} lists the service's commands, serve and feedback, which the launcher runs from the
 * service's jar: with the service's own words, and exactly the commands the launcher sends there.
 */
class ServiceCommandsHelpTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theUsageListsServeAndFeedback() {
        for (String[] args : new String[][]{{"--help"}, {"help"}, {}}) {
            CliProcess.Result r = Cli.run(null, args);
            assertThat(r.exitCode()).isZero();
            assertThat(r.stdout()).as(String.join(" ", args))
                    .contains("Service commands (the HTTP service, run from its own jar):")
                    .containsPattern("(?m)^  serve     Serve CDS Hooks 2\\.0 and the plain JSON API over HTTP")
                    .containsPattern("(?m)^  feedback  Read what the service stored");
        }
    }

    @Test
    void theirWordsAreTheServicesOwnAndTheLauncherSendsExactlyThemToTheServicesJar() throws Exception {
        Path commands = ROOT.resolve("service/src/main/java/org/knotwise/service/cli");
        assertThat(Files.readString(commands.resolve("ServeCommand.java")))
                .contains("description = \"" + KnotwiseCommand.SERVICE_COMMANDS.get("serve") + "\"");
        assertThat(Files.readString(commands.resolve("FeedbackCommand.java")))
                .contains("description = \"" + KnotwiseCommand.SERVICE_COMMANDS.get("feedback") + "\"");
        assertThat(Files.readString(ROOT.resolve("knotwise")))
                .contains("\n  " + String.join("|", KnotwiseCommand.SERVICE_COMMANDS.keySet()) + ")\n");
    }

    @Test
    void aSubcommandsOwnHelpDoesNotListThem() {
        assertThat(Cli.run(null, "batch", "--help").stdout()).doesNotContain("Service commands");
    }
}
