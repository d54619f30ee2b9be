package org.knotwise.engine.batch;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.generate.CaseGenerator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** In memory, with garbage mixed in: the thread count never changes a batch's output, byte for byte. */
class BatchThreadsDeterminismTest {

    @Test
    void oneTwoAndEightThreadsWriteTheSameBytes() throws Exception {
        Knotwise engine = Knotwise.withRules(BatchBadInputTest.rules("minimal"));
        CaseGenerator generator = new CaseGenerator(99, 0.10);
        StringBuilder input = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            input.append(generator.nextLine()).append(i % 1000 == 0 ? "\r\n\n" : "\n");
        }
        byte[] bytes = input.toString().getBytes(StandardCharsets.UTF_8);
        String one = run(engine, bytes, 1);
        assertThat(one.lines().count()).isEqualTo(10_000 + 10);
        assertThat(run(engine, bytes, 2)).isEqualTo(one);
        assertThat(run(engine, bytes, 8)).isEqualTo(one);
    }

    private static String run(Knotwise engine, byte[] input, int threads) throws IOException {
        StringWriter out = new StringWriter();
        new BatchProcessor(engine, BatchOptions.withThreads(threads)).run(new ByteArrayInputStream(input), out);
        return out.toString();
    }
}
