package dev.cloudfit.reports.xlsx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/**
 * A streaming pass over one worksheet part ({@code xl/worksheets/sheetN.xml}) that hands each row
 * to a {@link RowHandler} with the cells' stored values. UTF-8 sheets (all that Excel, RVTools and
 * POI write) go through {@link SheetScanner}, which reads the bytes directly; any other encoding
 * through the general {@link StaxSheetParser}. Both refuse DTDs, so no entity is ever expanded.
 */
final class SheetXmlParser {

    private static final int PROLOG_BYTES = 256;
    private static final Pattern ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    private final IntFunction<String> sharedStrings;

    SheetXmlParser(IntFunction<String> sharedStrings) {
        this.sharedStrings = sharedStrings;
    }

    void parse(InputStream sheet, RowHandler handler) throws XMLStreamException, IOException {
        byte[] head = sheet.readNBytes(PROLOG_BYTES);
        InputStream whole = new SequenceInputStream(new ByteArrayInputStream(head), sheet);
        if (isUtf8(head)) {
            new SheetScanner(whole, sharedStrings).parse(handler);
        } else {
            new StaxSheetParser(sharedStrings).parse(whole, handler);
        }
    }

    /** True when the XML declaration and byte order mark, if any, say UTF-8 (XML's default). */
    static boolean isUtf8(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || head[0] == 0 || head[1] == 0)) {
            return false; // UTF-16 or UTF-32
        }
        int from = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        Matcher m = ENCODING.matcher(new String(head, from, head.length - from, StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return true;
        }
        String encoding = m.group(1).toLowerCase(Locale.ROOT);
        return encoding.equals("utf-8") || encoding.equals("utf8");
    }
}
