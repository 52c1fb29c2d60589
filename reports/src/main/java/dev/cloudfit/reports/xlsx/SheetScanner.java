package dev.cloudfit.reports.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javax.xml.stream.XMLStreamException;

/**
 * Reads a UTF-8 worksheet part straight from its bytes. A worksheet is a long, flat run of
 * {@code <row><c r=".." t=".."><v>..</v></c>..</row>}; a general XML parser spends most of its
 * time on what this reader never needs (decoding every character, namespaces, attribute maps,
 * strings for every name and value). Here a cell costs a few byte comparisons, its reference is
 * read without making a string, a number is parsed from the bytes, and the cells of columns the
 * handler does not want are stepped over without decoding anything.
 *
 * <p>Only what a worksheet may hold is understood: elements (with or without a namespace prefix),
 * attributes in either quote, character and the five predefined entity references, comments,
 * processing instructions and CDATA. A DTD is refused, so no entity is ever declared or expanded;
 * an unknown entity reference is an error. Elements left open at the end mean a cut-off part.
 */
final class SheetScanner {

    private static final int BUFFER = 1 << 16;
    /** The largest single tag accepted: a worksheet's tags are tiny; a huge one is a forged file. */
    private static final int MAX_TAG = 1 << 24;
    /** The most digits parsed as a whole number without going through {@link Double#parseDouble}. */
    private static final int FAST_DIGITS = 15;

    private static final byte TYPE_NUMBER = 0;
    private static final byte TYPE_SHARED = 1;
    private static final byte TYPE_INLINE = 2;
    private static final byte TYPE_BOOLEAN = 3;
    private static final byte TYPE_ERROR = 4;
    private static final byte TYPE_OTHER_TEXT = 5; // str, d, or anything else: the text as stored

    private final InputStream in;
    private final IntFunction<String> sharedStrings;
    private byte[] buf = new byte[BUFFER];
    private int pos;
    private int limit;
    private boolean eof;

    /** The captured text of the current cell's value, as raw UTF-8 with references undecoded. */
    private byte[] text = new byte[128];
    private int textLength;
    private boolean textHasReference;
    private boolean textHasReturn;

    SheetScanner(InputStream in, IntFunction<String> sharedStrings) {
        this.in = in;
        this.sharedStrings = sharedStrings;
    }

    // the state of the pass: the current row, the current cell
    private RowHandler handler;
    private long rowNumber;
    private List<CellValue> cells;
    private int nextColumn;
    private int column = -1;
    private byte type = TYPE_NUMBER;
    private boolean wanted;
    private boolean formula;
    private boolean capturing;
    private boolean hasValue;
    /** Elements open: none may be left at the end. */
    private int depth;

    /** Room needed in the buffer to take the common tags without bounds checks. */
    private static final int FAST_WINDOW = 256;

    void parse(RowHandler rowHandler) throws IOException, XMLStreamException {
        this.handler = rowHandler;
        int phonetic = 0;

        while (true) {
            if (capturing) {
                hasValue |= captureText();
            } else {
                skipText();
            }
            if (pos >= limit && !fill()) {
                break;
            }
            pos++; // '<'
            if (limit - pos >= FAST_WINDOW && fastTag()) {
                // the common tags of a cell (<c ..>, <v>, </v>, </c>), taken in one step
                continue;
            }
            if (!ensure(1)) {
                throw new XMLStreamException("the sheet's XML ends inside a tag");
            }
            byte first = buf[pos];
            if (first == '!') {
                if (startsWith("!--")) {
                    skipPast("-->");
                } else if (startsWith("![CDATA[")) {
                    pos += 8;
                    hasValue |= captureCdata(capturing);
                } else {
                    // a worksheet never has a DTD; one here is an entity attack or a forged file
                    throw new XMLStreamException("a DTD or entity reference in a worksheet is not allowed");
                }
                continue;
            }
            if (first == '?') {
                skipPast("?>");
                continue;
            }
            int end = first == '/' ? endTagEnd() : tagEnd();
            if (end < 0) {
                throw new XMLStreamException("the sheet's XML ends inside a tag");
            }
            if (first == '/') {
                int nameStart = pos + 1;
                int nameEnd = nameEnd(nameStart, end);
                int local = localStart(nameStart, nameEnd);
                int length = nameEnd - local;
                pos = end + 1;
                depth--;
                if (length == 1 && buf[local] == 'c') {
                    endCell();
                } else if (length == 1 && (buf[local] == 'v' || buf[local] == 't')) {
                    capturing = false;
                } else if (is(local, nameEnd, "row")) {
                    if (cells != null) {
                        handler.row(new SheetRow(rowNumber, cells));
                    }
                    cells = null;
                } else if (is(local, nameEnd, "rPh")) {
                    phonetic--;
                }
                continue;
            }

            int nameEnd = nameEnd(pos, end);
            int local = localStart(pos, nameEnd);
            boolean selfClosing = buf[end - 1] == '/';
            int attrsEnd = selfClosing ? end - 1 : end;
            int length = nameEnd - local;
            if (length == 1 && buf[local] == 'c') {
                cellAttributes(nameEnd, attrsEnd);
                startCell();
                if (selfClosing) {
                    endCell();
                }
            } else if (length == 1 && buf[local] == 'v') {
                capturing = wanted && !selfClosing;
            } else if (length == 1 && buf[local] == 't') {
                capturing = wanted && type == TYPE_INLINE && phonetic == 0 && !selfClosing;
            } else if (length == 1 && buf[local] == 'f') {
                formula = true;
            } else if (is(local, nameEnd, "row")) {
                int r = attribute(nameEnd, attrsEnd, 'r');
                long n = r < 0 ? -1 : digits(r);
                rowNumber = n < 0 ? rowNumber + 1 : n;
                cells = new ArrayList<>();
                nextColumn = 0;
                if (selfClosing) {
                    handler.row(new SheetRow(rowNumber, cells));
                    cells = null;
                }
            } else if (is(local, nameEnd, "rPh") && !selfClosing) {
                phonetic++;
            }
            if (!selfClosing) {
                depth++;
            }
            pos = end + 1;
        }
        if (depth != 0) {
            throw new XMLStreamException("the sheet's XML ends early (" + depth + " elements left open)");
        }
    }

    /**
     * Takes {@code <v>}, {@code </v>}, {@code </c>} and an unprefixed {@code <c ...>} at {@code pos}
     * (just after the {@code <}) when the buffer holds all of it; false (nothing consumed) for any
     * other tag. Cells are most of a sheet, and these four tags most of a cell.
     */
    private boolean fastTag() {
        byte first = buf[pos];
        byte second = buf[pos + 1];
        if (first == '/') {
            if (buf[pos + 2] != '>') {
                return false;
            }
            if (second == 'c') {
                endCell();
            } else if (second == 'v') {
                capturing = false;
            } else {
                return false;
            }
            depth--;
            pos += 3;
            return true;
        }
        if (first == 'v' && second == '>') {
            capturing = wanted;
            depth++;
            pos += 2;
            return true;
        }
        if (first != 'c' || second != ' ') {
            return false;
        }
        // <c attr="value" ...> or .../>: attributes read while looking for the end
        refAt = -1;
        typeAt = -1;
        int i = pos + 2;
        int stop = limit;
        while (i < stop) {
            byte c = buf[i];
            if (c == '>' || c == '/') {
                break;
            }
            if (isSpace(c)) {
                i++;
                continue;
            }
            int nameStart = i;
            while (i < stop && buf[i] != '=' && buf[i] != '>' && !isSpace(buf[i])) {
                i++;
            }
            int nameLength = i - nameStart;
            while (i < stop && buf[i] != '"' && buf[i] != '\'' && buf[i] != '>') {
                i++;
            }
            if (i >= stop || buf[i] == '>') {
                return false;
            }
            byte quote = buf[i];
            int valueStart = ++i;
            while (i < stop && buf[i] != quote) {
                i++;
            }
            if (i >= stop) {
                return false;
            }
            if (nameLength == 1) {
                if (buf[nameStart] == 'r') {
                    refAt = valueStart;
                } else if (buf[nameStart] == 't') {
                    typeAt = valueStart;
                }
            }
            i++;
        }
        boolean selfClosing;
        if (i < stop && buf[i] == '>') {
            selfClosing = false;
        } else if (i + 1 < stop && buf[i] == '/' && buf[i + 1] == '>') {
            selfClosing = true;
            i++;
        } else {
            return false;
        }
        startCell();
        if (selfClosing) {
            endCell();
        } else {
            depth++;
        }
        pos = i + 1;
        return true;
    }

    /** A cell begins: its column (from its reference, or the next one), type, and whether it is wanted. */
    private void startCell() {
        int at = refAt < 0 ? -1 : columnOf(refAt);
        column = at < 0 ? nextColumn : at;
        nextColumn = column + 1;
        type = cellType(typeAt);
        wanted = handler.wants(column);
        formula = false;
        hasValue = false;
        capturing = false;
        textLength = 0;
        textHasReference = false;
        textHasReturn = false;
    }

    /** A cell ends: a wanted one with a value (or an inline string, even empty) joins the row. */
    private void endCell() {
        if (wanted && cells != null && (hasValue || type == TYPE_INLINE)) {
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(decode(type, formula));
        }
        column = -1;
        wanted = false;
        capturing = false;
    }

    // ---- reading the byte stream

    /** Reads more bytes after {@code limit}, compacting or growing the buffer; false at the end. */
    private boolean fill() throws IOException {
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
                throw new IOException("a tag in the sheet's XML is larger than " + (MAX_TAG >> 20) + " MiB");
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
    private boolean ensure(int n) throws IOException {
        while (limit - pos < n) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWith(String s) throws IOException {
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
    private void skipPast(String terminator) throws IOException, XMLStreamException {
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
                throw new XMLStreamException("the sheet's XML ends inside a comment or declaration");
            }
        }
    }

    private boolean matches(int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (buf[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The index of the {@code >} that ends the tag starting at {@code pos}, or -1 at the end of input. */
    private int tagEnd() throws IOException {
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
    private int endTagEnd() throws IOException {
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
    private void skipText() throws IOException {
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
    private boolean captureText() throws IOException {
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
    private boolean captureCdata(boolean capturing) throws IOException, XMLStreamException {
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
                throw new XMLStreamException("the sheet's XML ends inside a CDATA section");
            }
        }
    }

    /** Appends CDATA bytes, escaping {@code &} so that decoding references leaves them as they are. */
    private boolean appendLiteral(int from, int to) {
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

    private void append(byte[] from, int offset, int length) {
        if (textLength + length > text.length) {
            text = java.util.Arrays.copyOf(text, Math.max(text.length * 2, textLength + length));
        }
        System.arraycopy(from, offset, text, textLength, length);
        textLength += length;
    }

    // ---- names and attributes inside one tag (all bytes are in the buffer)

    private int nameEnd(int from, int end) {
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
    private int localStart(int from, int end) {
        for (int i = end - 1; i >= from; i--) {
            if (buf[i] == ':') {
                return i + 1;
            }
        }
        return from;
    }

    private boolean is(int from, int end, String name) {
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
    private int attribute(int from, int end, char name) {
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

    /** Where the values of a cell's {@code r} and {@code t} attributes start (-1: absent), in one pass. */
    private int refAt;
    private int typeAt;

    private void cellAttributes(int from, int end) {
        refAt = -1;
        typeAt = -1;
        int i = from;
        while (i < end) {
            byte c = buf[i];
            if (isSpace(c)) {
                i++;
                continue;
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
                return;
            }
            byte quote = buf[i];
            int valueStart = ++i;
            while (i < end && buf[i] != quote) {
                i++;
            }
            if (i >= end) {
                return;
            }
            if (nameStop - nameStart == 1) {
                if (buf[nameStart] == 'r') {
                    refAt = valueStart;
                } else if (buf[nameStart] == 't') {
                    typeAt = valueStart;
                }
            } else {
                int local = localStart(nameStart, nameStop);
                if (nameStop - local == 1 && buf[local] == 'r') {
                    refAt = valueStart;
                } else if (nameStop - local == 1 && buf[local] == 't') {
                    typeAt = valueStart;
                }
            }
            i++;
        }
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The 0-based column of a reference such as {@code AB12} at {@code at}, or -1 when it has no letters. */
    private int columnOf(int at) {
        int col = 0;
        int i = at;
        while (true) {
            byte c = buf[i];
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (col > 1 << 20) {
                return -1;
            }
            i++;
        }
        return i == at ? -1 : col - 1;
    }

    /** The whole number written at {@code at} (up to a quote), or -1 when it is not one. */
    private long digits(int at) {
        long n = 0;
        int i = at;
        while (buf[i] >= '0' && buf[i] <= '9' && i - at < 18) {
            n = n * 10 + (buf[i] - '0');
            i++;
        }
        return i == at || (buf[i] != '"' && buf[i] != '\'') ? -1 : n;
    }

    private byte cellType(int at) {
        if (at < 0) {
            return TYPE_NUMBER;
        }
        byte q = buf[at - 1];
        int end = at;
        while (buf[end] != q) {
            end++;
        }
        int length = end - at;
        if (length == 1) {
            return switch (buf[at]) {
                case 'n' -> TYPE_NUMBER;
                case 's' -> TYPE_SHARED;
                case 'b' -> TYPE_BOOLEAN;
                case 'e' -> TYPE_ERROR;
                default -> TYPE_OTHER_TEXT;
            };
        }
        return is(at, end, "inlineStr") ? TYPE_INLINE : TYPE_OTHER_TEXT;
    }

    // ---- the value of one cell

    private CellValue decode(byte type, boolean formula) {
        switch (type) {
            case TYPE_NUMBER -> {
                if (textLength == 0) {
                    return new CellValue(CellValue.Kind.TEXT, "", Double.NaN, formula);
                }
                return CellValue.number(number(), formula);
            }
            case TYPE_SHARED -> {
                return new CellValue(CellValue.Kind.TEXT, sharedStrings.apply(index()), Double.NaN, formula);
            }
            case TYPE_BOOLEAN -> {
                boolean on = textString().trim().equals("1");
                return new CellValue(CellValue.Kind.BOOLEAN, on ? "TRUE" : "FALSE", on ? 1 : 0, formula);
            }
            case TYPE_ERROR -> {
                return new CellValue(CellValue.Kind.ERROR, textString(), Double.NaN, formula);
            }
            default -> {
                return new CellValue(CellValue.Kind.TEXT, textString(), Double.NaN, formula);
            }
        }
    }

    /** The value as a number: plain whole numbers straight from the bytes, anything else as Java reads it. */
    private double number() {
        int i = 0;
        boolean negative = textLength > 1 && text[0] == '-';
        if (negative) {
            i = 1;
        }
        if (!textHasReference && textLength - i <= FAST_DIGITS) {
            long n = 0;
            int start = i;
            while (i < textLength && text[i] >= '0' && text[i] <= '9') {
                n = n * 10 + (text[i] - '0');
                i++;
            }
            if (i == textLength && i > start) {
                return negative ? -n : n;
            }
        }
        return Double.parseDouble(textString());
    }

    /** A shared-string index: digits, perhaps with spaces around them. */
    private int index() {
        long n = 0;
        int digits = 0;
        int i = 0;
        while (i < textLength && isSpace(text[i])) {
            i++;
        }
        while (i < textLength && text[i] >= '0' && text[i] <= '9' && digits < 10) {
            n = n * 10 + (text[i] - '0');
            i++;
            digits++;
        }
        while (i < textLength && isSpace(text[i])) {
            i++;
        }
        if (digits == 0 || i != textLength || n > Integer.MAX_VALUE) {
            throw new NumberFormatException("not a shared-string index: '" + textString() + "'");
        }
        return (int) n;
    }

    /** The cell's text: UTF-8 decoded, references replaced, line ends normalised as XML does. */
    private String textString() {
        String s = new String(text, 0, textLength, StandardCharsets.UTF_8);
        if (textHasReturn) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return textHasReference ? XmlReferences.decode(s) : s;
    }
}
