package org.knotwise.engine.batch;

import org.knotwise.engine.Knotwise;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.ErrorCode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Streams a batch: JSON Lines (or one JSON array) in, one JSON line out per input line or array
 * element, in input order, whatever the number of threads.
 *
 * <p>Three kinds of thread share the work. A reader splits the input into lines and groups them in
 * chunks; {@link BatchOptions#threads()} workers assess the chunks; the thread that called
 * {@link #run} writes the results in input order and decides DUPLICATE_ID there, so "the first
 * use wins" holds in input order. The reader stays at most {@link BatchOptions#chunksInFlight()}
 * chunks ahead of the writer, so memory stays flat whatever the file size; only the set of ids seen
 * grows, by 11 to 21 bytes a case (see {@link IdSet}).
 *
 * <p>The writer hands the {@link Writer} whole lines only, in blocks of about 64 KiB, each block
 * followed by {@code flush()}: if the process stops between blocks, the output ends on a line
 * boundary. A run can be {@linkplain #run(InputStream, Writer, Consumer, AtomicBoolean) stopped}:
 * it then flushes the whole lines done so far and returns.
 *
 * <p>One processor may run several batches, one after the other or at once.
 */
public final class BatchProcessor {
    /** The longest input line accepted by default, in bytes; longer lines get a TOO_LARGE error. */
    public static final int DEFAULT_MAX_LINE_BYTES = BatchOptions.DEFAULT_MAX_LINE_BYTES;

    private static final int WRITE_BLOCK_CHARS = 64 * 1024;
    private static final long STOP_POLL_MILLIS = 50;
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final Function<InputLine, CaseOutcome> lineProcessor;
    private final BatchOptions options;

    /** One worker per processor, the default line limit. */
    public BatchProcessor(Knotwise engine) {
        this(engine, BatchOptions.defaults());
    }

    public BatchProcessor(Knotwise engine, int maxLineBytes) {
        this(engine, BatchOptions.defaults().maxLineBytes(maxLineBytes));
    }

    public BatchProcessor(Knotwise engine, BatchOptions options) {
        this(new CaseLineProcessor(engine)::process, options);
    }

    /** With any line processor (thread-safe), for tests of the pipeline itself. */
    BatchProcessor(Function<InputLine, CaseOutcome> lineProcessor, BatchOptions options) {
        this.lineProcessor = lineProcessor;
        this.options = options;
    }

    public BatchOptions options() {
        return options;
    }

    public BatchSummary run(InputStream input, Writer output) throws IOException {
        return run(input, output, outcome -> { });
    }

    /** Runs the batch, telling {@code progress} about every outcome as it is written (on the calling thread). */
    public BatchSummary run(InputStream input, Writer output, Consumer<CaseOutcome> progress) throws IOException {
        return run(input, output, progress, new AtomicBoolean());
    }

    /**
     * Runs the batch until the input ends or {@code stop} becomes true. On a stop, the lines already
     * written stay whole and flushed, the rest is dropped, and the summary says {@code stopped}.
     *
     * @throws IOException when the input cannot be read or the output cannot be written
     */
    public BatchSummary run(InputStream input, Writer output, Consumer<CaseOutcome> progress, AtomicBoolean stop)
            throws IOException {
        BufferedInputStream in = new BufferedInputStream(input, 64 * 1024);
        LineSource source = startsWithArray(in) ? new ArrayElementReader(in)
                : new LineReader(in, options.maxLineBytes())::next;
        int run = RUNS.incrementAndGet();
        ExecutorService workers = Executors.newFixedThreadPool(options.threads(), daemons("knotwise-batch-" + run + "-worker-"));
        BlockingQueue<Future<Chunk>> inFlight = new ArrayBlockingQueue<>(options.chunksInFlight() + 1);
        Thread reader = daemons("knotwise-batch-" + run + "-reader").newThread(
                () -> read(source, workers, inFlight, stop));
        reader.start();
        OrderedWriter writer = new OrderedWriter(output, progress);
        try {
            boolean complete = false;
            while (true) {
                Future<Chunk> next = awaitNext(inFlight, stop);
                if (next == END) {
                    complete = true;
                    break;
                }
                Chunk chunk = next == null ? null : awaitChunk(next, stop);
                if (chunk == null) {
                    break; // stopped
                }
                writer.write(chunk);
            }
            writer.flush();
            return new BatchSummary(writer.lines, writer.lines - writer.errors, writer.errors, !complete);
        } finally {
            reader.interrupt();
            workers.shutdownNow();
        }
    }

    /** The reader: groups lines into chunks and submits them, blocking while the window is full. */
    private void read(LineSource source, ExecutorService workers, BlockingQueue<Future<Chunk>> inFlight,
                      AtomicBoolean stop) {
        try {
            List<InputLine> lines = new ArrayList<>(options.chunkLines());
            long chars = 0;
            for (InputLine line = source.next(); line != null && !stop.get(); line = source.next()) {
                lines.add(line);
                chars += line.text() == null ? 0 : line.text().length();
                if (lines.size() == options.chunkLines() || chars >= options.chunkChars()) {
                    List<InputLine> chunk = lines;
                    inFlight.put(workers.submit(() -> process(chunk)));
                    lines = new ArrayList<>(options.chunkLines());
                    chars = 0;
                }
            }
            if (!lines.isEmpty()) {
                List<InputLine> chunk = lines;
                inFlight.put(workers.submit(() -> process(chunk)));
            }
            if (!stop.get()) {
                inFlight.put(END);
            }
        } catch (InterruptedException | InterruptedIOException e) {
            Thread.currentThread().interrupt(); // the writer stopped: nobody waits for more
        } catch (IOException | RuntimeException e) {
            IOException failure = e instanceof IOException io ? io : new IOException("cannot read the input: " + e, e);
            try {
                inFlight.put(CompletableFuture.failedFuture(failure)); // the writer reports it after the lines before
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A worker's share: every line of a chunk, with the hash of each assessed case's id. */
    private Chunk process(List<InputLine> lines) {
        CaseOutcome[] outcomes = new CaseOutcome[lines.size()];
        long[] idHashes = new long[lines.size()];
        for (int i = 0; i < outcomes.length; i++) {
            CaseOutcome outcome = lineProcessor.apply(lines.get(i));
            outcomes[i] = outcome;
            if (!outcome.isError() && outcome.id() != null) {
                idHashes[i] = IdSet.hash(outcome.id());
            }
        }
        return new Chunk(outcomes, idHashes);
    }

    private record Chunk(CaseOutcome[] outcomes, long[] idHashes) {
    }

    private static final Future<Chunk> END = CompletableFuture.completedFuture(null);

    /** The next chunk's future in input order, or null once stopped. */
    private static Future<Chunk> awaitNext(BlockingQueue<Future<Chunk>> inFlight, AtomicBoolean stop) throws IOException {
        try {
            while (!stop.get()) {
                Future<Chunk> next = inFlight.poll(STOP_POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (next != null) {
                    return next;
                }
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the batch was interrupted");
        }
    }

    /** Waits for a chunk, or returns null once stopped. */
    private static Chunk awaitChunk(Future<Chunk> future, AtomicBoolean stop) throws IOException {
        try {
            while (true) {
                try {
                    return future.get(STOP_POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (stop.get()) {
                        return null;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the batch was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("a batch worker failed", e.getCause());
        }
    }

    /** Writes outcomes in input order, in blocks of whole lines, turning a repeated id into DUPLICATE_ID. */
    private static final class OrderedWriter {
        private final Writer out;
        private final Consumer<CaseOutcome> progress;
        private final IdSet seenIds = new IdSet();
        private final StringBuilder block = new StringBuilder(WRITE_BLOCK_CHARS + 16 * 1024);
        long lines;
        long errors;

        OrderedWriter(Writer out, Consumer<CaseOutcome> progress) {
            this.out = out;
            this.progress = progress;
        }

        void write(Chunk chunk) throws IOException {
            for (int i = 0; i < chunk.outcomes().length; i++) {
                CaseOutcome outcome = chunk.outcomes()[i];
                if (!outcome.isError() && outcome.id() != null && !seenIds.add(chunk.idHashes()[i])) {
                    outcome = CaseLineProcessor.error(outcome.line(), outcome.id(), new CaseError(ErrorCode.DUPLICATE_ID,
                            "id", "the id '" + outcome.id() + "' was already used by an earlier case in this batch"),
                            outcome.assessment() == null ? null : outcome.assessment().ruleBase());
                }
                lines++;
                if (outcome.isError()) {
                    errors++;
                }
                block.append(outcome.json()).append('\n');
                if (block.length() >= WRITE_BLOCK_CHARS) {
                    flush();
                }
                progress.accept(outcome);
            }
        }

        /** Hands the whole lines gathered so far to the output, and flushes it. */
        void flush() throws IOException {
            if (block.length() > 0) {
                out.append(block);
                block.setLength(0);
            }
            out.flush();
        }
    }

    private static ThreadFactory daemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix.endsWith("-") ? prefix + n.incrementAndGet() : prefix);
            t.setDaemon(true);
            return t;
        };
    }

    private static boolean startsWithArray(BufferedInputStream in) throws IOException {
        in.mark(1024);
        try {
            int b;
            int skipped = 0;
            while ((b = in.read()) != -1 && skipped++ < 1000) {
                if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
                    continue;
                }
                return b == '[';
            }
            return false;
        } finally {
            in.reset();
        }
    }

}
