package dev.cloudfit.assess.inventory.rvtools;

import java.util.Locale;

/**
 * Header names folded to one spelling so every RVTools version matches: case, spaces and
 * punctuation ignored ({@code Free % } = {@code free}); pre-4.1.2 {@code MB}/{@code KB} suffixes read
 * as {@code MiB}/{@code KiB} (the values always were binary); {@code -DBColumnNames} headers lose
 * their sheet prefix ({@code vInfoCPUs} = {@code CPUs}).
 */
final class HeaderName {

    private HeaderName() {
    }

    static String fold(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(header.length());
        for (char c : header.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '#' || c == '%') {
                s.append(c);
            }
        }
        String f = s.toString();
        if (f.endsWith("mb") && !f.endsWith("mib")) {
            f = f.substring(0, f.length() - 2) + "mib";
        } else if (f.endsWith("kb") && !f.endsWith("kib")) {
            f = f.substring(0, f.length() - 2) + "kib";
        }
        return f;
    }

    /** The folded name without a DBColumnNames sheet prefix such as {@code vinfo} or {@code vhost}. */
    static String withoutSheetPrefix(String folded, String sheet) {
        String prefix = fold(sheet);
        if (!prefix.isEmpty() && folded.startsWith(prefix) && folded.length() > prefix.length()) {
            return folded.substring(prefix.length());
        }
        return folded;
    }
}
