package dev.cloudfit.reports.plan;

/**
 * Text as a workbook can hold it. XML 1.0 cannot carry most control characters (U+0000–U+001F
 * except tab, LF and CR), U+FFFE, U+FFFF or unpaired surrogates; each becomes '?'. The writer
 * stores this form, and plan fingerprints are taken over it, so that a VM name with a stray control
 * character from vCenter still verifies when read back.
 *
 * <p>A cell holds at most {@value #MAX_LENGTH} characters. Longer text (a runaway annotation, a
 * hostile VM name) is cut to fit and ends with a visible {@link #TRUNCATED_MARK marker} saying how
 * long it was, rather than failing the whole workbook.
 */
public final class CellText {

    /** The most characters an Excel cell holds. */
    public static final int MAX_LENGTH = 32_767;

    /** Starts the text that ends a truncated cell: {@code … [truncated by cloudfit: 40000 characters]}. */
    public static final String TRUNCATED_MARK = "… [truncated by cloudfit: ";

    private CellText() {
    }

    /** Whether {@code s} is longer than a cell can hold, so that {@link #storable} cuts it. */
    public static boolean tooLong(String s) {
        return s != null && s.length() > MAX_LENGTH;
    }

    public static String storable(String s) {
        String clean = clean(s);
        if (clean.length() <= MAX_LENGTH) {
            return clean;
        }
        String mark = TRUNCATED_MARK + s.length() + " characters]";
        int keep = MAX_LENGTH - mark.length();
        if (Character.isHighSurrogate(clean.charAt(keep - 1))) {
            keep--; // never half a pair
        }
        return clean.substring(0, keep) + mark;
    }

    private static String clean(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c)) {
                bad = i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
                if (!bad) {
                    if (out != null) {
                        out.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                bad = Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                        || (c < 0x20 && c != '\t' && c != '\n' && c != '\r');
            }
            if (bad && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.append(bad ? '?' : c);
            }
        }
        return out == null ? s : out.toString();
    }
}
