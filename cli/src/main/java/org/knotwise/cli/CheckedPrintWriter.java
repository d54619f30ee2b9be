package org.knotwise.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 PrintWriter whose {@code flush()} throws when a write failed. PrintWriter itself only
 * sets a flag: a full disk or a closed pipe would lose results silently with exit code 0.
 */
public final class CheckedPrintWriter extends java.io.PrintWriter {
    private final FailureKeeper keeper;

    public CheckedPrintWriter(OutputStream out) {
        this(new FailureKeeper(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
    }

    private CheckedPrintWriter(FailureKeeper keeper) {
        super(keeper, false);
        this.keeper = keeper;
    }

    /** @throws UncheckedIOException when any write or flush so far failed */
    @Override
    public void flush() {
        super.flush();
        if (keeper.failure != null) {
            throw new UncheckedIOException("cannot write standard output: " + keeper.failure.getMessage(), keeper.failure);
        }
    }

    /** Passes everything on and keeps the first failure, which PrintWriter would swallow. */
    private static final class FailureKeeper extends Writer {
        private final Writer out;
        private volatile IOException failure;

        FailureKeeper(Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            try {
                out.write(cbuf, off, len);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            try {
                out.write(str, off, len);
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                keep(e);
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            out.close();
        }

        private void keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
        }
    }
}
