package org.knotwise.workbench.generate;

import org.junit.jupiter.api.Test;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.batch.BatchOptions;
import org.knotwise.engine.batch.BatchProcessor;
import org.knotwise.engine.batch.BatchSummary;
import org.knotwise.engine.json.KnotwiseJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** In memory, with garbage mixed in: the thread count never changes a batch's output, byte for byte. */
/** Batches of generated cases, a tenth of them garbage: nothing lost, nothing out of order, whatever the threads. */
class GeneratedBatchThreadsTest {
    static Path rules(String name) throws URISyntaxException {
        return Path.of(GeneratedBatchThreadsTest.class.getResource("/rules/" + name).toURI());
    }


    @Test
    void oneTwoAndEightThreadsWriteTheSameBytes() throws Exception {
        Knotwise engine = Knotwise.withRules(rules("minimal"));
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

    @Test
    void twentyThousandLinesWithTenPercentGarbageComeOutWholeAndInOrder() throws Exception {
        int n = 20_000; // the 100k run is BatchGarbageIT, through the jar
        CaseGenerator generator = new CaseGenerator(42, 0.10);
        List<String> input = new ArrayList<>(n);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String line = generator.nextLine();
            input.add(line);
            text.append(line).append('\n');
        }
        StringWriter out = new StringWriter();
        BatchSummary summary = new BatchProcessor(Knotwise.withRules(rules("minimal"))).run(
                new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), out);

        String[] lines = out.toString().split("\n", -1);
        assertThat(lines).hasSize(n + 1);
        assertThat(lines[n]).as("the output ends with a newline").isEmpty();
        long errors = 0;
        for (int i = 0; i < n; i++) {
            JsonNode o = KnotwiseJson.parse(lines[i]);
            if (o.has("error")) {
                errors++;
                assertThat(o.get("line").asLong()).as("line %d: %s", i + 1, lines[i]).isEqualTo(i + 1);
            } else {
                assertThat(o.get("id").asText()).isEqualTo(KnotwiseJson.parse(input.get(i)).get("id").asText());
            }
        }
        assertThat(errors).as("about a tenth are garbage").isBetween(n / 12L, n / 8L);
        assertThat(summary.lines()).isEqualTo(n);
        assertThat(summary.errors()).isEqualTo(errors);
    }
}
