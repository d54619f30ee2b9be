package org.knotwise.engine.batch;

/** How a batch went: lines read, cases assessed, lines with errors. */
public record BatchSummary(long lines, long assessed, long errors) {
    public boolean hasErrors() {
        return errors > 0;
    }
}
