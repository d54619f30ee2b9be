package org.knotwise.kb;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemTest {

    @Test
    void readsAsFileLineSeverityMessage() {
        assertThat(Problem.error("kb/referrals.csv", 12, "unknown painRegion 'armpit'"))
                .hasToString("kb/referrals.csv:12: error: unknown painRegion 'armpit'");
        assertThat(Problem.warning("rules/rank.drl", 3, "never fires"))
                .hasToString("rules/rank.drl:3: warning: never fires");
    }

    @Test
    void aWholeFileProblemHasNoLine() {
        assertThat(Problem.error("kb/cautions.csv", 0, "'PREGNANCY' has no row"))
                .hasToString("kb/cautions.csv: error: 'PREGNANCY' has no row");
    }

    @Test
    void severity() {
        assertThat(Problem.error("f", 1, "m").isError()).isTrue();
        assertThat(Problem.warning("f", 1, "m").isError()).isFalse();
        assertThat(Problem.warning("f", 1, "m").severity()).isEqualTo(Problem.Severity.WARNING);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> Problem.error("f", -1, "m")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Problem.error(null, 1, "m")).isInstanceOf(NullPointerException.class);
    }
}
