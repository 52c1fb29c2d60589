package dev.cloudfit.reports.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A Writer that encodes UTF-8 straight into its own byte buffer, without locking. SXSSF writes each
 * cell as a dozen tiny strings ({@code <c}, {@code  r="}, {@code A1}, ...); through JDK's
 * {@code BufferedWriter} and {@code OutputStreamWriter} every one of them takes a lock, is copied to
 * a char buffer and then encoded again, which was the largest single cost of writing a big sheet.
 * One thread writes each temp file, so no lock is needed.
 */
final class Utf8FileWriter extends Writer {

    private static final int SIZE = 1 << 16;

    private final OutputStream out;
    private final byte[] buf = new byte[SIZE];
    private int pos;
    /** A high surrogate waiting for its low half (a string may be split between two writes). */
    private char pendingHigh;

    Utf8FileWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && pendingHigh == 0) {
                if (pos == SIZE) {
                    drain();
                }
                buf[pos++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            put(cbuf[i]);
        }
    }

    private void put(char c) throws IOException {
        if (SIZE - pos < 4) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                buf[pos++] = (byte) (0xF0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            buf[pos++] = '?'; // an unpaired high surrogate, as the JDK's encoder replaces it
            if (SIZE - pos < 4) {
                drain();
            }
        }
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | c >> 6);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            buf[pos++] = '?';
        } else {
            buf[pos++] = (byte) (0xE0 | c >> 12);
            buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void drain() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            pendingHigh = 0;
            put('?');
        }
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
