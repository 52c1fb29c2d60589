package dev.cloudfit.assess.inventory.csv;

/**
 * Picks the field delimiter from the header line: the most frequent of comma, semicolon and tab
 * outside double quotes. Windows writes the "list separator" of the user's region (a semicolon
 * wherever the decimal mark is a comma), and tab-separated text comes from "Unicode text" saves.
 * Ties go to the comma, then the semicolon; a header without any of them (a single column) is
 * read with a comma.
 */
final class DelimiterSniffer {

    static final char[] CANDIDATES = {',', ';', '\t'};

    private DelimiterSniffer() {
    }

    static char sniff(String headerLine) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < headerLine.length(); i++) {
            char c = headerLine.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 0;
        for (int k = 1; k < CANDIDATES.length; k++) {
            if (counts[k] > counts[best]) {
                best = k;
            }
        }
        return CANDIDATES[best];
    }

    /** A printable name for messages: {@code ','}, {@code ';'} or {@code tab}. */
    static String describe(char delimiter) {
        return delimiter == '\t' ? "tab" : "'" + delimiter + "'";
    }
}
