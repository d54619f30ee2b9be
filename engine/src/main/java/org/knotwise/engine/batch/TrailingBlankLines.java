package org.knotwise.engine.batch;

import java.io.IOException;

/**
 * Drops the blank lines at the end of JSON Lines input: editors add a last empty line, and it holds
 * no case. Blank lines between cases are kept (each gets its error line), so output line N still
 * answers input line N. Holds only a count of the blank lines it has not yet passed on.
 */
final class TrailingBlankLines implements LineSource {
    private final LineSource in;
    private long blankFrom;
    private long blanks;
    private InputLine afterBlanks;

    TrailingBlankLines(LineSource in) {
        this.in = in;
    }

    @Override
    public InputLine next() throws IOException {
        if (blanks > 0) {
            blanks--;
            return new InputLine(blankFrom++, "", null);
        }
        if (afterBlanks != null) {
            InputLine line = afterBlanks;
            afterBlanks = null;
            return line;
        }
        InputLine line = in.next();
        if (line == null || !isBlank(line)) {
            return line;
        }
        long count = 1;
        for (InputLine n = in.next(); n != null; n = in.next()) {
            if (!isBlank(n)) {
                afterBlanks = n; // blank lines between cases: pass them on, then this one
                blankFrom = line.number() + 1;
                blanks = count - 1;
                return line;
            }
            count++;
        }
        return null; // only blank lines were left
    }

    private static boolean isBlank(InputLine line) {
        return line.text() != null && line.text().isBlank();
    }
}
