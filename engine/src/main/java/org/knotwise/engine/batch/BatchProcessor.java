package org.knotwise.engine.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import org.knotwise.engine.Knotwise;
import org.knotwise.engine.json.KnotwiseJson;
import org.knotwise.engine.model.CaseError;
import org.knotwise.engine.model.ErrorCode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Streams a batch: JSON Lines (or one JSON array) in, one JSON line out per input line or array
 * element, in input order. Holds one line at a time plus the ids seen (to find duplicates).
 */
public final class BatchProcessor {
    /** The longest input line accepted, in bytes; longer lines get a TOO_LARGE error. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1024 * 1024;

    private final CaseLineProcessor processor;
    private final int maxLineBytes;

    public BatchProcessor(Knotwise engine) {
        this(engine, DEFAULT_MAX_LINE_BYTES);
    }

    public BatchProcessor(Knotwise engine, int maxLineBytes) {
        this.processor = new CaseLineProcessor(engine);
        this.maxLineBytes = maxLineBytes;
    }

    public BatchSummary run(InputStream input, Writer output) throws IOException {
        return run(input, output, outcome -> { });
    }

    /** Runs the batch, telling {@code progress} about every outcome as it is written. */
    public BatchSummary run(InputStream input, Writer output, Consumer<CaseOutcome> progress) throws IOException {
        BufferedInputStream in = new BufferedInputStream(input, 64 * 1024);
        Sink sink = new Sink(output, progress);
        if (startsWithArray(in)) {
            readArray(in, sink);
        } else {
            LineReader lines = new LineReader(in, maxLineBytes);
            for (InputLine line = lines.next(); line != null; line = lines.next()) {
                sink.accept(processor.process(line));
            }
        }
        output.flush();
        return new BatchSummary(sink.lines, sink.lines - sink.errors, sink.errors);
    }

    /** Writes outcomes in order, turning a repeated id into a DUPLICATE_ID error. */
    private static final class Sink {
        private final Writer out;
        private final Consumer<CaseOutcome> progress;
        private final Set<String> seenIds = new HashSet<>();
        long lines;
        long errors;

        Sink(Writer out, Consumer<CaseOutcome> progress) {
            this.out = out;
            this.progress = progress;
        }

        void accept(CaseOutcome outcome) throws IOException {
            if (!outcome.isError() && !seenIds.add(outcome.id())) {
                outcome = CaseLineProcessor.error(outcome.line(), outcome.id(), new CaseError(ErrorCode.DUPLICATE_ID,
                        "id", "the id '" + outcome.id() + "' was already used by an earlier case in this batch"));
            }
            lines++;
            if (outcome.isError()) {
                errors++;
            }
            out.write(outcome.json());
            out.write('\n');
            progress.accept(outcome);
        }
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

    /** One JSON array of cases: each element is a case, its line is where the element starts. */
    private void readArray(InputStream in, Sink sink) throws IOException {
        try (JsonParser parser = KnotwiseJson.mapper().getFactory().createParser(in)) {
            parser.nextToken(); // START_ARRAY
            while (true) {
                JsonToken token;
                long line = parser.currentLocation().getLineNr();
                try {
                    token = parser.nextToken();
                    line = parser.currentTokenLocation().getLineNr();
                    if (token == null || token == JsonToken.END_ARRAY) {
                        return;
                    }
                    JsonNode node = parser.readValueAsTree();
                    sink.accept(processor.process(new InputLine(line, node.toString(), null)));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    sink.accept(CaseLineProcessor.error(line, null, new CaseError(ErrorCode.MALFORMED_JSON, null,
                            "the JSON array breaks off here: " + e.getOriginalMessage())));
                    return;
                }
            }
        }
    }
}
