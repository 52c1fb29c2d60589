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
final class SheetScanner extends XmlByteReader {

    /** The most digits parsed as a whole number without going through {@link Double#parseDouble}. */
    private static final int FAST_DIGITS = 15;

    private static final byte TYPE_NUMBER = 0;
    private static final byte TYPE_SHARED = 1;
    private static final byte TYPE_INLINE = 2;
    private static final byte TYPE_BOOLEAN = 3;
    private static final byte TYPE_ERROR = 4;
    private static final byte TYPE_OTHER_TEXT = 5; // str, d, or anything else: the text as stored

    private final IntFunction<String> sharedStrings;


    SheetScanner(InputStream in, IntFunction<String> sharedStrings) {
        super(in);
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

    /**
     * A cell ends: a wanted one with a value (or an inline string, even empty) joins the row; so does
     * a formula saved without a calculated value, as a blank formula cell (the reader can say why it
     * is empty).
     */
    private void endCell() {
        if (wanted && cells != null && (hasValue || type == TYPE_INLINE || formula)) {
            while (cells.size() < column) {
                cells.add(null);
            }
            try {
                cells.add(hasValue || type == TYPE_INLINE ? decode(type, formula)
                        : new CellValue(CellValue.Kind.TEXT, "", Double.NaN, true));
            } catch (InvalidUtf8Text e) {
                throw e.inCell(rowNumber, column);
            }
        }
        column = -1;
        wanted = false;
        capturing = false;
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

}
