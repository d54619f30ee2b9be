package org.knotwise.engine.batch;

/**
 * How a batch runs.
 *
 * @param threads         worker threads assessing cases (the reader and the writer have their own)
 * @param maxLineBytes    the longest input line accepted, in bytes; longer lines get a TOO_LARGE error
 * @param chunkLines      lines handed to a worker at once (fewer hand-offs than one line at a time)
 * @param chunkChars      a chunk also closes once its text reaches this many characters
 * @param chunksInFlight  chunks read ahead of the writer at most: with {@code chunkChars} and
 *                        {@code maxLineBytes} this bounds the memory a batch holds, whatever the file size
 */
public record BatchOptions(int threads, int maxLineBytes, int chunkLines, int chunkChars, int chunksInFlight) {
    /** The longest input line accepted by default: 1 MiB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

    public BatchOptions {
        require(threads, "threads");
        require(maxLineBytes, "maxLineBytes");
        require(chunkLines, "chunkLines");
        require(chunkChars, "chunkChars");
        require(chunksInFlight, "chunksInFlight");
    }

    /**
     * One worker per processor, 1 MiB lines, chunks of 64 lines or 64 Ki characters, four chunks per
     * worker in flight. Chunks stay small because a chunk is written only once all its lines are
     * done: the progress and the stop come in steps of a chunk.
     */
    public static BatchOptions defaults() {
        return withThreads(Runtime.getRuntime().availableProcessors());
    }

    public static BatchOptions withThreads(int threads) {
        return new BatchOptions(threads, DEFAULT_MAX_LINE_BYTES, 64, 64 * 1024, 4 * Math.max(1, threads));
    }

    public BatchOptions threads(int n) {
        return new BatchOptions(n, maxLineBytes, chunkLines, chunkChars, Math.max(chunksInFlight, 2 * n));
    }

    public BatchOptions maxLineBytes(int n) {
        return new BatchOptions(threads, n, chunkLines, chunkChars, chunksInFlight);
    }

    public BatchOptions chunks(int lines, int chars, int inFlight) {
        return new BatchOptions(threads, maxLineBytes, lines, chars, inFlight);
    }

    private static void require(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }
}
