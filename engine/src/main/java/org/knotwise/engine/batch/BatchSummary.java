package org.knotwise.engine.batch;

/**
 * How a batch went: lines read, cases assessed, lines with errors, and whether it was stopped
 * before the end of its input (then only the lines counted here were written).
 */
public record BatchSummary(long lines, long assessed, long errors, boolean stopped) {

    public BatchSummary(long lines, long assessed, long errors) {
        this(lines, assessed, errors, false);
    }

    public boolean hasErrors() {
        return errors > 0;
    }
}
