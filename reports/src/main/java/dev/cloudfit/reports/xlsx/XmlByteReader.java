package dev.cloudfit.reports.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;

/**
 * The byte-level reading that {@link SheetScanner} and {@link SharedStringScanner} share: a refilled
 * buffer over UTF-8 XML, tags found with quotes respected, names and attributes compared as bytes,
 * and the text of the value being read gathered as raw bytes and decoded only when asked for. It
 * never reads a DTD: the scanners refuse one, so no entity is ever declared or expanded.
 */
abstract class XmlByteReader {

    private static final int BUFFER = 1 << 16;
    /** The largest single tag accepted: XML parts of a workbook have tiny tags; a huge one is forged. */
    private static final int MAX_TAG = 1 << 24;

    private final InputStream in;
    byte[] buf = new byte[BUFFER];
    int pos;
    int limit;
    private boolean eof;

    /** The captured text of the current value, as raw UTF-8 with references undecoded. */
    byte[] text = new byte[128];
    int textLength;
    boolean textHasReference;
    boolean textHasReturn;

    XmlByteReader(InputStream in) {
        this.in = in;
    }

    // ---- reading the byte stream

    /** Reads more bytes after {@code limit}, compacting or growing the buffer; false at the end. */
    final boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            limit -= pos;
            pos = 0;
        }
        if (limit == buf.length) {
            if (buf.length >= MAX_TAG) {
                throw new IOException("a tag in the XML is larger than " + (MAX_TAG >> 20) + " MiB");
            }
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    /** Makes at least {@code n} bytes from {@code pos} available; false when the input ends first. */
    final boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    final boolean startsWith(String s) throws IOException {
        if (!ensure(s.length())) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (buf[pos + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Moves past the next {@code terminator}. */
    final void skipPast(String terminator) throws IOException, XMLStreamException {
        byte last = (byte) terminator.charAt(terminator.length() - 1);
        while (true) {
            for (int i = pos + terminator.length() - 1; i < limit; i++) {
                if (buf[i] == last && matches(i - terminator.length() + 1, terminator)) {
                    pos = i + 1;
                    return;
                }
            }
            pos = Math.max(pos, limit - terminator.length() + 1);
            if (!fill()) {
                throw new XMLStreamException("the XML ends inside a comment or declaration");
            }
        }
    }

    final boolean matches(int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (buf[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the {@code >} that ends the tag starting at {@code pos}, or -1 at the end of input. */
    final int tagEnd() throws IOException {
        int i = pos;
        byte quote = 0;
        while (true) {
            if (i >= limit) {
                int before = pos;
                if (!fill()) {
                    return -1;
                }
                i -= before - pos;
                continue;
            }
            byte c = buf[i];
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '>') {
                return i;
            } else if (c == '"' || c == '\'') {
                quote = c;
            }
            i++;
        }
    }

    /** The index of the {@code >} that ends the end tag at {@code pos} (no attributes, so no quotes), or -1. */
    final int endTagEnd() throws IOException {
        int i = pos;
        while (true) {
            while (i < limit) {
                if (buf[i] == '>') {
                    return i;
                }
                i++;
            }
            int before = pos;
            if (!fill()) {
                return -1;
            }
            i -= before - pos;
        }
    }

    /** Skips character data up to the next {@code <} (or the end of input). */
    final void skipText() throws IOException {
        while (true) {
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '<') {
                    pos = i;
                    return;
                }
            }
            pos = limit;
            if (!fill()) {
                return;
            }
        }
    }

    /** Appends character data up to the next {@code <} to the cell's text; true when there was any. */
    final boolean captureText() throws IOException {
        boolean any = false;
        while (true) {
            int i = pos;
            while (i < limit && buf[i] != '<') {
                byte c = buf[i];
                if (c == '&') {
                    textHasReference = true;
                } else if (c == '\r') {
                    textHasReturn = true;
                }
                i++;
            }
            if (i > pos) {
                append(buf, pos, i - pos);
                any = true;
            }
            pos = i;
            if (i < limit) {
                return any;
            }
            if (!fill()) {
                return any;
            }
        }
    }

    /** Takes a CDATA section's content literally (kept as text only while capturing). */
    final boolean captureCdata(boolean capturing) throws IOException, XMLStreamException {
        boolean any = false;
        while (true) {
            for (int i = pos; i + 2 < limit; i++) {
                if (buf[i] == ']' && buf[i + 1] == ']' && buf[i + 2] == '>') {
                    if (capturing) {
                        any |= appendLiteral(pos, i);
                    }
                    pos = i + 3;
                    return any;
                }
            }
            int keep = Math.max(pos, limit - 2);
            if (capturing) {
                any |= appendLiteral(pos, keep);
            }
            pos = keep;
            if (!fill()) {
                throw new XMLStreamException("the XML ends inside a CDATA section");
            }
        }
    }

    /** Appends CDATA bytes, escaping {@code &} so that decoding references leaves them as they are. */
    final boolean appendLiteral(int from, int to) {
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c == '&') {
                textHasReference = true;
                append(AMP, 0, AMP.length);
            } else {
                if (c == '\r') {
                    textHasReturn = true;
                }
                append(buf, i, 1);
            }
        }
        return to > from;
    }

    private static final byte[] AMP = "&amp;".getBytes(StandardCharsets.US_ASCII);

    final void append(byte[] from, int offset, int length) {
        if (textLength + length > text.length) {
            text = java.util.Arrays.copyOf(text, Math.max(text.length * 2, textLength + length));
        }
        System.arraycopy(from, offset, text, textLength, length);
        textLength += length;
    }

    // ---- names and attributes inside one tag (all bytes are in the buffer)

    final int nameEnd(int from, int end) {
        int i = from;
        while (i < end) {
            byte c = buf[i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>') {
                break;
            }
            i++;
        }
        return i;
    }

    /** The start of the local part of a name (after any namespace prefix). */
    final int localStart(int from, int end) {
        for (int i = end - 1; i >= from; i--) {
            if (buf[i] == ':') {
                return i + 1;
            }
        }
        return from;
    }

    final boolean is(int from, int end, String name) {
        if (end - from != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (buf[from + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the first byte of the value of the attribute whose local name is the single
     * letter {@code name}, or -1; the value runs to the next quote of the kind that opened it.
     */
    final int attribute(int from, int end, char name) {
        int i = from;
        while (i < end) {
            while (i < end && isSpace(buf[i])) {
                i++;
            }
            int nameStart = i;
            while (i < end && buf[i] != '=' && !isSpace(buf[i])) {
                i++;
            }
            int nameStop = i;
            while (i < end && buf[i] != '"' && buf[i] != '\'') {
                i++;
            }
            if (i >= end) {
                return -1;
            }
            byte quote = buf[i];
            int valueStart = ++i;
            while (i < end && buf[i] != quote) {
                i++;
            }
            if (i >= end) {
                return -1;
            }
            int local = localStart(nameStart, nameStop);
            if (nameStop - local == 1 && buf[local] == name) {
                return valueStart;
            }
            i++;
        }
        return -1;
    }

    static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /**
     * The captured text: UTF-8 decoded, references replaced, line ends normalised as XML does. Bytes that are not
     * valid UTF-8 are refused ({@link InvalidUtf8Text}), never replaced by U+FFFD.
     */
    final String textString() {
        String s = new String(text, 0, textLength, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0 && !validUtf8(text, textLength)) {
            throw InvalidUtf8Text.somewhere();
        }
        if (textHasReturn) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return textHasReference ? XmlReferences.decode(s) : s;
    }

    /** Strict decoding, only when the lenient one produced U+FFFD (which valid text may also hold). */
    private static boolean validUtf8(byte[] bytes, int length) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }
}
