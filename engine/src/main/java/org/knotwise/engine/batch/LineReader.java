package org.knotwise.engine.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without ever holding more than one line: LF or CRLF ends, a UTF-8
 * byte-order mark dropped at the start, invalid UTF-8 and over-long lines reported per line (the
 * rest of an over-long line is skipped, not kept), and a last line without a newline still counted.
 */
public final class LineReader {
    /** How a too-long line's problem starts (it becomes a TOO_LARGE error). */
    public static final String TOO_LONG = "the line is longer than the limit of ";
    /** The problem of a line that is not UTF-8 (it becomes a MALFORMED_JSON error). */
    public static final String NOT_UTF8 = "the line is not valid UTF-8 text";
    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long lineNumber;
    private boolean eof;
    private byte[] line = new byte[1024];

    public LineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of input. */
    public InputLine next() throws IOException {
        int length = 0;
        boolean tooLong = false;
        boolean sawAny = false;
        while (true) {
            if (pos == limit) {
                if (eof || !fill()) {
                    if (!sawAny) {
                        return null;
                    }
                    break;
                }
            }
            sawAny = true;
            byte b = buffer[pos++];
            if (b == '\n') {
                break;
            }
            if (tooLong) {
                continue;
            }
            if (length == maxLineBytes) {
                tooLong = true;
                continue;
            }
            if (length == line.length) {
                line = Arrays.copyOf(line, Math.min(maxLineBytes, line.length * 2));
            }
            line[length++] = b;
        }
        lineNumber++;
        if (tooLong) {
            return new InputLine(lineNumber, null, TOO_LONG + maxLineBytes + " bytes");
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        int start = 0;
        if (lineNumber == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB
                && (line[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        try {
            CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(line, start, length - start));
            if (line.length > 64 * 1024) {
                line = new byte[1024]; // do not keep a huge buffer after one huge line
            }
            return new InputLine(lineNumber, chars.toString(), null);
        } catch (CharacterCodingException e) {
            return new InputLine(lineNumber, null, NOT_UTF8);
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }
}
