package org.knotwise.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** generate and assess --output say on stderr what they wrote (as report does); stdout stays empty. */
class WroteFilesTest {
    private static final Path EXAMPLE = Path.of("../examples/wrist-referred.json").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void generateSaysHowManyCasesItWroteWhere() throws Exception {
        Path out = dir.resolve("cases.jsonl");
        CliProcess.Result r = Cli.run(null, "generate", "--count", "1000", "--output", out.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("knotwise: wrote 1,000 cases to " + out + "\n");
        assertThat(Files.readAllLines(out)).hasSize(1000);

        CliProcess.Result bad = Cli.run(null, "generate", "-n", "200", "--bad-share", "0.1", "-o", out.toString());
        assertThat(bad.stderr()).contains("wrote 200 cases to " + out, "--bad-share 0.1: about 20 of them break the contract");
    }

    @Test
    void generateToStandardOutputSaysNothing() {
        assertThat(Cli.run(null, "generate", "--count", "3").stderr()).isEmpty();
    }

    @Test
    void assessWithOutputSaysWhatItWroteWhere() {
        Path html = dir.resolve("wrist.html");
        CliProcess.Result r = Cli.run(null, "assess", EXAMPLE.toString(), "--format", "html", "--output", html.toString());
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        assertThat(r.stdout()).isEmpty();
        assertThat(r.stderr()).isEqualTo("knotwise: wrote " + html + " (the body-map report page)\n");
        assertThat(html).isRegularFile();

        Path json = dir.resolve("wrist.json");
        assertThat(Cli.run(null, "assess", EXAMPLE.toString(), "--format", "json", "-o", json.toString()).stderr())
                .isEqualTo("knotwise: wrote " + json + " (the assessment as JSON)\n");
        assertThat(Cli.run(null, "assess", EXAMPLE.toString()).stderr()).as("to stdout: nothing said").isEmpty();
    }
}
