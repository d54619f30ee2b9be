package org.knotwise.engine.batch;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.ErrorCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Blank lines at the end of a batch hold no case; blank lines between cases keep their place. */
class TrailingBlankLinesTest {
    /** "line N: text", or an error for a blank line, as the real processor gives. */
    private final BatchProcessor batch = new BatchProcessor(line -> line.text().isBlank()
            ? CaseLineProcessor.error(line.number(), null, new CaseError(ErrorCode.MALFORMED_JSON, null, "blank"))
            : new CaseOutcome(line.number(), line.text(), line.number() + ": " + line.text(), null, null),
            BatchOptions.withThreads(2).chunks(2, 1024, 4));

    private BatchSummary run(String input, StringWriter out) throws IOException {
        return batch.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
    }

    @Test
    void blankLinesAtTheEndAreNotCasesAndFailNothing() throws IOException {
        StringWriter out = new StringWriter();
        BatchSummary summary = run("a\nb\n\n\r\n  \n", out);
        assertThat(out.toString().lines().toList()).containsExactly("1: a", "2: b");
        assertThat(summary).isEqualTo(new BatchSummary(2, 2, 0, false));
    }

    @Test
    void blankLinesBetweenCasesKeepTheirLineNumbers() throws IOException {
        StringWriter out = new StringWriter();
        BatchSummary summary = run("a\n\n\nd\n\n", out);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("1: a");
        assertThat(lines.get(1)).contains("\"line\":2", "MALFORMED_JSON");
        assertThat(lines.get(2)).contains("\"line\":3", "MALFORMED_JSON");
        assertThat(lines.get(3)).isEqualTo("4: d");
        assertThat(summary.errors()).isEqualTo(2);
    }

    @Test
    void onlyBlankLinesMeanNoCases() throws IOException {
        StringWriter out = new StringWriter();
        assertThat(run("\n\n", out).lines()).isZero();
        assertThat(out.toString()).isEmpty();
    }
}
