package org.knotwise.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged command is quiet on stderr unless asked: --verbose shows the engine's own logs. */
class QuietCliIT {

    @TempDir
    Path dir;

    @Test
    void validateCompilesTheRulesWithoutEngineLogsUnlessVerbose() throws Exception {
        assertThat(CliProcess.run(dir, null, "rules", "init", "r").exitCode()).isZero();
        CliProcess.Result quiet = CliProcess.run(dir, null, "rules", "validate", "--rules", "r");
        assertThat(quiet.exitCode()).as(quiet.stderr()).isZero();
        assertThat(quiet.stderr()).isEmpty();

        CliProcess.Result verbose = CliProcess.run(dir, null, "rules", "validate", "--rules", "r", "--verbose");
        assertThat(verbose.exitCode()).as(verbose.stderr()).isZero();
        assertThat(verbose.stderr()).contains("org.knotwise.engine.rulebase").contains("compiled with type checking");
        assertThat(verbose.stdout()).isEqualTo(quiet.stdout());
    }
}
