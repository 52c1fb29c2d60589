package dev.cloudfit.reports.workbook;

/**
 * Recognises text that a spreadsheet would take for a formula if a user re-entered it (CSV/formula
 * injection: {@code =HYPERLINK(...)} in a VM annotation). Such text is always written as a string
 * cell, never a formula, and additionally gets a quote-prefix style so that editing the cell in
 * Excel keeps it text.
 */
final class SafeText {

    private SafeText() {
    }

    static boolean looksLikeFormula(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }
}
