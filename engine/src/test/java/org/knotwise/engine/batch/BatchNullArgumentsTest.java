package org.knotwise.engine.batch;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.ErrorCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** {@code run(in, out, null, null)}: no progress listener and no stop flag mean none; a null stream says which. */
class BatchNullArgumentsTest {
    private final BatchProcessor batch = new BatchProcessor(
            line -> CaseLineProcessor.error(line.number(), null, new CaseError(ErrorCode.MALFORMED_JSON, null, "x")),
            BatchOptions.withThreads(1));

    private static InputStream twoLines() {
        return new ByteArrayInputStream("a\nb\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNullProgressListenerOrStopFlagMeansNone() throws IOException {
        StringWriter out = new StringWriter();
        BatchSummary summary = batch.run(twoLines(), out, null, null);
        assertThat(summary).isEqualTo(new BatchSummary(2, 0, 2, false));
        assertThat(out.toString().lines()).hasSize(2);
    }

    @Test
    void aNullStreamIsRefusedByName() {
        assertThatNullPointerException().isThrownBy(() -> batch.run(null, new StringWriter(), null, null))
                .withMessageContaining("input is null");
        assertThatNullPointerException().isThrownBy(() -> batch.run(twoLines(), null, null, null))
                .withMessageContaining("output is null");
    }
}
