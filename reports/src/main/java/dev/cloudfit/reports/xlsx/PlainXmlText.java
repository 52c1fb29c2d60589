package dev.cloudfit.reports.xlsx;

/**
 * The fast path of every sheet writer: most cell texts (names, paths, ids) need no XML escaping,
 * so they can be written as they are instead of character by character through POI's escaper.
 */
public final class PlainXmlText {

    private PlainXmlText() {
    }

    /** True when no character of {@code s} needs XML escaping or POI's control-character replacement. */
    public static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c == '<' || c == '>' || c == '&' || c == '"' || c == '\u00A0' || c >= '\uD800') {
                return false;
            }
        }
        return true;
    }
}
