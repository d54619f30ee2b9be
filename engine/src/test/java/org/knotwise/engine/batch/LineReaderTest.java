package org.knotwise.engine.batch;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How raw bytes become numbered lines: ends, marks, bad bytes and over-long lines. */
class LineReaderTest {

    @Test
    void anEmptyInputHasNoLines() throws IOException {
        assertThat(read(new byte[0], 100)).isEmpty();
    }

    @Test
    void lfAndCrlfEndLinesAndTheLastLineNeedsNoEnd() throws IOException {
        assertThat(texts(read(bytes("a\nb\r\nc"), 100))).containsExactly("1:a", "2:b", "3:c");
        assertThat(texts(read(bytes("a\r\n"), 100))).containsExactly("1:a");
    }

    @Test
    void blankLinesAreLinesToo() throws IOException {
        assertThat(texts(read(bytes("\n\r\n \n"), 100))).containsExactly("1:", "2:", "3: ");
    }

    @Test
    void aByteOrderMarkIsDroppedOnlyAtTheStart() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        List<InputLine> lines = read(concat(bom, bytes("a\n"), bom, bytes("b\n")), 100);
        assertThat(lines.get(0).text()).isEqualTo("a");
        assertThat(lines.get(1).text()).isEqualTo("\uFEFFb");
    }

    @Test
    void invalidUtf8IsAProblemOfItsLineOnly() throws IOException {
        List<InputLine> lines = read(concat(bytes("a\n"), new byte[]{'{', (byte) 0xC3, (byte) 0x28, '}', '\n'},
                new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'}, bytes("é\n")), 100);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(1).problem()).isEqualTo(LineReader.NOT_UTF8);
        assertThat(lines.get(2).problem()).as("an encoded surrogate is not UTF-8").isEqualTo(LineReader.NOT_UTF8);
        assertThat(lines.get(3).text()).isEqualTo("é");
    }

    @Test
    void aLineOverTheLimitIsReportedAndTheNextLineIsReadWhole() throws IOException {
        int limit = 1024;
        byte[] exactly = new byte[limit];
        Arrays.fill(exactly, (byte) 'x');
        byte[] over = new byte[10 * 1024 * 1024];
        Arrays.fill(over, (byte) 'y');
        List<InputLine> lines = read(concat(exactly, bytes("\n"), over, bytes("\nnext\n"), over), limit);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).text()).hasSize(limit);
        assertThat(lines.get(1).problem()).startsWith(LineReader.TOO_LONG).contains("1024 bytes");
        assertThat(lines.get(2).text()).isEqualTo("next");
        assertThat(lines.get(3).number()).isEqualTo(4);
        assertThat(lines.get(3).problem()).as("an over-long last line without an end").startsWith(LineReader.TOO_LONG);
    }

    @Test
    void aCarriageReturnCountsTowardTheLimitOnlyAsAByte() throws IOException {
        assertThat(read(bytes("abcd\r\n"), 5).get(0).text()).isEqualTo("abcd");
    }

    @Test
    void aStreamThatDeliversOneByteAtATimeGivesTheSameLines() throws IOException {
        byte[] input = bytes("{\"id\":\"é\"}\r\n\n{}\n");
        InputStream trickle = new ByteArrayInputStream(input) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        List<InputLine> lines = new ArrayList<>();
        LineReader reader = new LineReader(trickle, 100);
        for (InputLine l = reader.next(); l != null; l = reader.next()) {
            lines.add(l);
        }
        assertThat(lines).isEqualTo(read(input, 100));
    }

    static List<InputLine> read(byte[] input, int limit) throws IOException {
        LineReader reader = new LineReader(new ByteArrayInputStream(input), limit);
        List<InputLine> lines = new ArrayList<>();
        for (InputLine l = reader.next(); l != null; l = reader.next()) {
            lines.add(l);
        }
        return lines;
    }

    private static List<String> texts(List<InputLine> lines) {
        return lines.stream().map(l -> l.number() + ":" + l.text()).toList();
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        int n = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
