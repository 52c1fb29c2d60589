package dev.cloudfit.reports.xlsx;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The shared-strings part of a streamed workbook, kept as plain strings: POI's own table holds an
 * XML object per distinct text, which for a large estate (hundreds of thousands of names, UUIDs,
 * paths, MAC addresses) costs an order of magnitude more heap. Each distinct text is stored once
 * and gets the next index; the part is written when the workbook is.
 */
final class SharedStringsWriter extends SharedStringsTable {

    private static final String SST_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private Map<String, Integer> indexes = new HashMap<>();
    private final List<String> texts = new ArrayList<>();
    private int references;

    /** The index of {@code text} in the table, adding it if new; counts one more referring cell. */
    int indexOf(String text) {
        if (indexes == null) {
            throw new IllegalStateException("the shared strings were already written");
        }
        references++;
        Integer known = indexes.putIfAbsent(text, texts.size());
        if (known != null) {
            return known;
        }
        texts.add(text);
        return texts.size() - 1;
    }

    @Override
    public int addSharedStringItem(RichTextString string) {
        return indexOf(string.getString());
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new XSSFRichTextString(texts.get(idx));
    }

    @Override
    public int getCount() {
        return references;
    }

    @Override
    public int getUniqueCount() {
        return texts.size();
    }

    /**
     * Writes the part. The workbook writes it once, after every row; the index of texts is dropped
     * first, so that its memory is free while the part is buffered.
     */
    @Override
    public void writeTo(OutputStream out) throws IOException {
        indexes = null;
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"");
        w.write(SST_NS);
        w.write("\" count=\"" + references + "\" uniqueCount=\"" + texts.size() + "\">");
        for (String t : texts) {
            boolean preserve = !t.isEmpty() && (Character.isWhitespace(t.charAt(0))
                    || Character.isWhitespace(t.charAt(t.length() - 1)));
            w.write(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            escape(t, w);
            w.write("</t></si>");
        }
        w.write("</sst>");
        w.flush();
    }

    /**
     * XML-escapes {@code s}; characters XML cannot carry (controls other than tab and newline; a
     * carriage return would be read back as a newline) become OOXML's {@code _xHHHH_} escape, and an
     * underscore that would read as the start of one is itself escaped, so every text reads back
     * exactly.
     */
    static void escape(String s, Writer w) throws IOException {
        int plainFrom = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '_' -> startsEscape(s, i) ? "_x005F_" : null;
                default -> (c < ' ' && c != '\t' && c != '\n') || c == '\uFFFE' || c == '\uFFFF'
                        ? String.format("_x%04X_", (int) c) : null;
            };
            if (replacement != null) {
                w.write(s, plainFrom, i - plainFrom);
                w.write(replacement);
                plainFrom = i + 1;
            }
        }
        w.write(s, plainFrom, s.length() - plainFrom);
    }

    /** True when {@code s} at {@code i} reads {@code _xHHHH_}. */
    static boolean startsEscape(String s, int i) {
        if (i + 7 > s.length() || s.charAt(i) != '_' || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
