package dev.cloudfit.reports.plan;

/**
 * Text as a workbook can hold it. XML 1.0 cannot carry most control characters (U+0000–U+001F
 * except tab, LF and CR), U+FFFE, U+FFFF or unpaired surrogates; each becomes '?'. The writer
 * stores this form, and plan fingerprints are taken over it, so that a VM name with a stray control
 * character from vCenter still verifies when read back.
 */
public final class CellText {

    private CellText() {
    }

    public static String storable(String s) {
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
