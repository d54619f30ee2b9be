package org.knotwise.engine.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.ErrorCode;
import org.knotwise.engine.model.InvalidCaseException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The batch pipeline itself, with a stand-in for the engine (the real rules live in the rules
 * module, which needs this one): order, duplicates, the memory window, arrays, stopping, failures.
 */
class BatchProcessorTest {

    /** Echoes each case's id and line, after a random pause so that workers finish out of order. */
    private static final Function<InputLine, CaseOutcome> SHUFFLING_ECHO = line -> {
        if (ThreadLocalRandom.current().nextInt(4) == 0) {
            try {
                Thread.sleep(0, ThreadLocalRandom.current().nextInt(200_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return echo(line);
    };

    private static CaseOutcome echo(InputLine line) {
        if (line.problem() != null) {
            return CaseLineProcessor.error(line.number(), null, new CaseError(ErrorCode.MALFORMED_JSON, null, line.problem()));
        }
        try {
            JsonNode node = KnotwiseJson.parse(line.text());
            String id = node.path("id").asText(null);
            return new CaseOutcome(line.number(), id, "{\"id\":\"" + id + "\",\"line\":" + line.number() + "}", null, null);
        } catch (InvalidCaseException e) {
            return CaseLineProcessor.error(line.number(), null, e.error());
        }
    }

    private static String cases(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "{\"id\":\"c" + i + "\"}\n").collect(Collectors.joining());
    }

    private static BatchOptions small(int threads) {
        return BatchOptions.withThreads(threads).chunks(3, 1024, 4);
    }

    private static String run(BatchProcessor batch, String input) throws IOException {
        StringWriter out = new StringWriter();
        batch.run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
        return out.toString();
    }

    @Test
    void manyThreadsKeepInputOrderAndGiveTheSameBytesAsOne() throws IOException {
        String input = cases(3000);
        String one = run(new BatchProcessor(SHUFFLING_ECHO, small(1)), input);
        String eight = run(new BatchProcessor(SHUFFLING_ECHO, small(8)), input);

        List<String> lines = one.lines().toList();
        assertThat(lines).hasSize(3000);
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i)).isEqualTo("{\"id\":\"c" + (i + 1) + "\",\"line\":" + (i + 1) + "}");
        }
        assertThat(eight).isEqualTo(one);
    }

    @Test
    void aRepeatedIdIsTheLaterOneInInputOrderWhateverFinishesFirst() throws IOException {
        // The first use of "dup" is slow: a worker finishes the later one first, yet the later one is the duplicate.
        Function<InputLine, CaseOutcome> slowFirst = line -> {
            if (line.number() == 2) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return echo(line);
        };
        String input = "{\"id\":\"a\"}\n{\"id\":\"dup\"}\n{\"id\":\"b\"}\n{\"id\":\"c\"}\n{\"id\":\"dup\"}\n{\"id\":\"a\"}\n";
        StringWriter out = new StringWriter();
        BatchSummary summary = new BatchProcessor(slowFirst, BatchOptions.withThreads(4).chunks(1, 1024, 8))
                .run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);

        List<JsonNode> lines = out.toString().lines().map(KnotwiseJson::parse).toList();
        assertThat(lines).extracting(n -> n.at("/error/code").asText(null))
                .containsExactly(null, null, null, null, "DUPLICATE_ID", "DUPLICATE_ID");
        assertThat(lines.get(4).get("line").asInt()).isEqualTo(5);
        assertThat(lines.get(4).get("id").asText()).isEqualTo("dup");
        assertThat(summary).isEqualTo(new BatchSummary(6, 4, 2, false));
    }

    @Test
    void theReaderStaysAFewChunksAheadOfTheWriterWhateverTheInputLength() throws IOException {
        AtomicLong written = new AtomicLong();
        AtomicLong furthestAhead = new AtomicLong();
        Function<InputLine, CaseOutcome> watching = line -> {
            furthestAhead.accumulateAndGet(line.number() - written.get(), Math::max);
            return echo(line);
        };
        BatchOptions options = BatchOptions.withThreads(2).chunks(10, 1 << 20, 3);
        BatchSummary summary = new BatchProcessor(watching, options).run(
                new ByteArrayInputStream(cases(20_000).getBytes(StandardCharsets.UTF_8)), Writer.nullWriter(),
                outcome -> written.incrementAndGet());

        assertThat(summary.lines()).isEqualTo(20_000);
        // queued chunks, plus one waiting to be queued, plus one being gathered, plus the one being written
        long bound = (long) (options.chunksInFlight() + 4) * options.chunkLines();
        assertThat(furthestAhead.get()).isPositive().isLessThanOrEqualTo(bound);
    }

    @Test
    void aChunkClosesEarlyWhenItsTextIsLarge() throws IOException {
        // One worker sees lines in order; a chunk is written whole, so when the first line is written
        // the worker has seen that chunk and at most the few the window lets the reader add.
        AtomicLong lastLine = new AtomicLong();
        String big = "{\"id\":\"x%d\",\"pad\":\"" + "p".repeat(400) + "\"}\n";
        String input = IntStream.rangeClosed(1, 40).mapToObj(i -> String.format(big, i)).collect(Collectors.joining());
        BatchOptions options = BatchOptions.withThreads(1).chunks(1000, 1000, 2);
        AtomicLong sizeOfFirstChunk = new AtomicLong();
        Function<InputLine, CaseOutcome> counting = line -> {
            lastLine.set(line.number());
            return echo(line);
        };
        StringWriter out = new StringWriter();
        new BatchProcessor(counting, options).run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out,
                outcome -> {
                    if (sizeOfFirstChunk.get() == 0) {
                        sizeOfFirstChunk.set(lastLine.get()); // lines the worker had seen when the first was written
                    }
                });
        assertThat(out.toString().lines()).hasSize(40);
        assertThat(sizeOfFirstChunk.get()).as("chunks of 1,000 chars hold 3 lines of ~420, not all 40").isLessThan(40);
    }

    @Test
    void aJsonArrayIsReadElementByElementWithTheLineWhereEachStarts() throws IOException {
        String input = "[\n  {\"id\":\"a\"},\n  {\"id\":\"b\"},\n\n  {\"id\":\"a\"}\n]\n";
        List<JsonNode> out = run(new BatchProcessor(SHUFFLING_ECHO, small(2)), input).lines().map(KnotwiseJson::parse).toList();

        assertThat(out).extracting(n -> n.get("line").asInt()).containsExactly(2, 3, 5);
        assertThat(out.get(2).at("/error/code").asText()).isEqualTo("DUPLICATE_ID");
    }

    @Test
    void aBrokenArrayEndsWithOneErrorLineAfterTheGoodElements() throws IOException {
        String input = "[{\"id\":\"a\"},\n{\"id\":\"b\"},\n{\"id\": tru";
        List<JsonNode> out = run(new BatchProcessor(SHUFFLING_ECHO, small(2)), input).lines().map(KnotwiseJson::parse).toList();

        assertThat(out).hasSize(3);
        assertThat(out.get(2).at("/error/code").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(out.get(2).at("/error/message").asText()).contains("breaks off");
    }

    @Test
    void aStoppedRunKeepsWholeLinesOnlyAndSaysSo() throws IOException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong seen = new AtomicLong();
        StringWriter out = new StringWriter();
        BatchSummary summary = new BatchProcessor(SHUFFLING_ECHO, small(2)).run(
                new ByteArrayInputStream(cases(50_000).getBytes(StandardCharsets.UTF_8)), out,
                outcome -> {
                    if (seen.incrementAndGet() == 100) {
                        stop.set(true);
                    }
                }, stop);

        assertThat(summary.stopped()).isTrue();
        assertThat(summary.lines()).isBetween(100L, 49_999L);
        assertThat(out.toString()).endsWith("\n");
        assertThat(out.toString().lines().count()).isEqualTo(summary.lines());
    }

    @Test
    void aRunThatReachesTheEndIsNotStopped() throws IOException {
        BatchSummary summary = new BatchProcessor(SHUFFLING_ECHO, small(2)).run(
                new ByteArrayInputStream(cases(10).getBytes(StandardCharsets.UTF_8)), Writer.nullWriter());
        assertThat(summary).isEqualTo(new BatchSummary(10, 10, 0, false));
    }

    @Test
    void theWriterGetsWholeLinesOnlyAndAFlushAfterEachBlock() throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        Writer recording = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) {
                pending.append(cbuf, off, len);
            }

            @Override
            public void flush() {
                blocks.add(pending.toString());
                pending.setLength(0);
            }

            @Override
            public void close() {
            }
        };
        new BatchProcessor(SHUFFLING_ECHO, small(2)).run(
                new ByteArrayInputStream(cases(20_000).getBytes(StandardCharsets.UTF_8)), recording);

        assertThat(pending).isEmpty();
        assertThat(blocks.size()).isGreaterThan(1);
        assertThat(blocks).allSatisfy(b -> assertThat(b).satisfiesAnyOf(String::isEmpty, s -> assertThat(s).endsWith("\n")));
        assertThat(String.join("", blocks).lines()).hasSize(20_000);
    }

    @Test
    void anUnreadableInputFailsTheRunAfterTheLinesBefore() {
        InputStream failing = new InputStream() {
            private final InputStream good = new ByteArrayInputStream(cases(5).getBytes(StandardCharsets.UTF_8));

            @Override
            public int read() throws IOException {
                int b = good.read();
                if (b < 0) {
                    throw new IOException("disk on fire");
                }
                return b;
            }
        };
        StringWriter out = new StringWriter();
        assertThatThrownBy(() -> new BatchProcessor(SHUFFLING_ECHO, small(2)).run(failing, out))
                .isInstanceOf(IOException.class).hasMessageContaining("disk on fire");
    }

    @Test
    void anUnwritableOutputFailsTheRun() {
        Writer failing = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("no space left");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        assertThatThrownBy(() -> new BatchProcessor(SHUFFLING_ECHO, small(2)).run(
                new ByteArrayInputStream(cases(100_000).getBytes(StandardCharsets.UTF_8)), failing))
                .isInstanceOf(IOException.class).hasMessageContaining("no space left");
    }

    @Test
    void optionsRefuseNonsense() {
        assertThatThrownBy(() -> BatchOptions.withThreads(0)).hasMessageContaining("threads");
        assertThat(BatchOptions.defaults().threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(BatchOptions.withThreads(3).maxLineBytes(10).maxLineBytes()).isEqualTo(10);
    }
}
