package dev.cloudfit.reports.csv;

import java.io.IOException;
import java.util.List;

/**
 * RFC 4180 lines: fields separated by commas, a field quoted when it holds a comma, a double quote,
 * a line break or leading or trailing spaces, quotes inside doubled, lines ended by CRLF.
 */
public final class CsvLine {

    private CsvLine() {
    }

    /** Writes one record and its CRLF. */
    public static void write(Appendable out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendField(out, fields.get(i));
        }
        out.append("\r\n");
    }

    /** One field as it appears in a line: unchanged, or quoted when it must be; null is empty. */
    public static String field(String value) {
        StringBuilder s = new StringBuilder();
        try {
            appendField(s, value);
        } catch (IOException e) {
            throw new AssertionError("a StringBuilder does not throw", e);
        }
        return s.toString();
    }

    private static void appendField(Appendable out, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        if (!needsQuotes(value)) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }

    private static boolean needsQuotes(String value) {
        if (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ') {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }
}
