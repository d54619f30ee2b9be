package org.knotwise.workbench.report;

import org.knotwise.engine.batch.InputLine;
import org.knotwise.engine.batch.LineReader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Streams a batch's output (and, optionally, its JSON Lines input beside it) into a {@link Summary}.
 * Output line n is the result of input line n: a batch writes one line per input line, in order, so
 * the two files are read in step and joined by line number, holding one line of each at a time.
 */
public final class SummaryReader {
    /** Longer lines than this are counted as unreadable instead of being held. */
    static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

    private SummaryReader() {
    }

    public static Summary read(InputStream output, InputStream input) throws IOException {
        return read(output, input, unreadable -> { });
    }

    /**
     * @param onUnreadable told about each output line that is not an assessment or an error line
     * @throws IllegalArgumentException when the input does not line up with the output
     */
    public static Summary read(InputStream output, InputStream input, Consumer<String> onUnreadable) throws IOException {
        Summary summary = new Summary(input != null);
        LineReader out = new LineReader(new BufferedInputStream(output, 1 << 16), MAX_LINE_BYTES);
        LineReader in = input == null ? null : new LineReader(new BufferedInputStream(input, 1 << 16), MAX_LINE_BYTES);
        for (InputLine o = out.next(); o != null; o = out.next()) {
            CaseFacts facts = null;
            if (in != null) {
                InputLine i = in.next();
                if (i == null) {
                    throw new IllegalArgumentException("the input ends at line " + (o.number() - 1)
                            + " but the output goes on: line " + o.number() + " has no case (is it this output's input?)");
                }
                facts = CaseFacts.of(i.text());
            }
            OutputFacts a;
            try {
                if (o.text() == null) {
                    throw new IOException(o.problem());
                }
                a = OutputFacts.parse(o.text());
            } catch (IOException | RuntimeException e) {
                summary.addUnreadable(o.number());
                onUnreadable.accept("output line " + o.number() + " is not an assessment or an error line: "
                        + (e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage()));
                continue;
            }
            if (in != null && a.isError() && a.lineField() != o.number()) {
                throw new IllegalArgumentException("output line " + o.number() + " is the error of input line "
                        + a.lineField() + ": the output does not line up with the input (--input must be the"
                        + " JSON Lines file the batch read)");
            }
            summary.add(o.number(), a, facts);
        }
        if (in != null && in.next() != null) {
            throw new IllegalArgumentException("the input has more lines than the output (" + summary.lines()
                    + "): is it this output's input?");
        }
        return summary;
    }
}
