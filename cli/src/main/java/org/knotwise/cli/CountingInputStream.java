package org.knotwise.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.LongAdder;

/** Counts the bytes read through it, for a progress bar's share done and ETA. */
final class CountingInputStream extends FilterInputStream {
    private final LongAdder count = new LongAdder();

    CountingInputStream(InputStream in) {
        super(in);
    }

    long count() {
        return count.sum();
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count.increment();
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count.add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count.add(skipped);
        return skipped;
    }
}
