package org.knotwise.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The readable report speaks in words, with codes only in brackets; red-flag advice agrees on when. */
class ReportWordsTest {

    @Test
    void professionalReasonsAreWordsWithTheCodeInBrackets() {
        String deepOnly = "{\"id\":\"d\",\"complaint\":{\"regions\":[\"shoulder-front\"]},\"spots\":[{\"region\":\"shoulder-blade\","
                + "\"tender\":true,\"goodPain\":true,\"relevant\":true}],\"history\":{\"method\":\"hold\",\"intensity\":5,"
                + "\"days\":20,\"outcome\":\"same\",\"lightPressure\":true,\"sessionsPerDay\":3}}";
        CliProcess.Result r = Cli.run(deepOnly, "assess", "-");
        assertThat(r.exitCode()).as(r.stderr()).isZero();
        String line = r.stdout().lines().filter(l -> l.startsWith("Professional help")).findFirst().orElseThrow();
        assertThat(line).contains("no progress after weeks of self-massage [NO_PROGRESS]")
                .doesNotContain(": NO_PROGRESS", "(routine)");
    }

    @Test
    void aRedFlagReportDoesNotSayBothSoonAndNow() {
        CliProcess.Result r = Cli.run("{\"id\":\"r\",\"complaint\":{\"regions\":[\"low-back\"]},"
                + "\"redFlags\":[\"saddle-numbness\"]}", "assess", "-");
        assertThat(r.exitCode()).isZero();
        assertThat(r.stdout()).contains("emergency care now").doesNotContain("soon");
    }
}
