package dev.cloudfit.assess.inventory.csv;

import java.util.Locale;

/**
 * Header matching that survives what people and tools do to column names: surrounding and doubled
 * spaces (also non-breaking ones), any casing ({@code *Server name} vs {@code *Server Name}), and
 * the leading asterisk that marks a mandatory column in the Azure Migrate template.
 */
public final class HeaderNames {

    private HeaderNames() {
    }

    /**
     * The comparable form of a header: trimmed, a leading {@code *} removed, inner runs of white
     * space (including NBSP and narrow NBSP) collapsed to one space, lower-cased.
     * {@code "  *Memory   (In MB) "} gives {@code "memory (in mb)"}.
     */
    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String s = collapseSpaces(header);
        if (s.startsWith("*")) {
            s = collapseSpaces(s.substring(1));
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static String collapseSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
