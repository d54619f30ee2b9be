package org.knotwise.spark;

import org.knotwise.engine.batch.InputLine;
import org.knotwise.engine.batch.LineReader;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One line's bytes (as Hadoop split them at LF) to the batch's {@link InputLine}, exactly as
 * {@link LineReader} makes it: over-long lines, a CR before the LF, the byte-order mark of line 1
 * and bytes that are not UTF-8 are treated the same way, so the job's error lines match the batch's.
 */
final class LineDecoder {
    private LineDecoder() {
    }

    static InputLine decode(byte[] bytes, long number, int maxLineBytes) {
        if (bytes.length > maxLineBytes) {
            return new InputLine(number, null, LineReader.TOO_LONG + maxLineBytes + " bytes");
        }
        int length = bytes.length;
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        int start = 0;
        if (number == 1 && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            start = 3;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, length - start)).toString();
            return new InputLine(number, text, null);
        } catch (CharacterCodingException e) {
            return new InputLine(number, null, LineReader.NOT_UTF8);
        }
    }
}
