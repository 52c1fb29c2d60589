package dev.cloudfit.assess.inventory.csv;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads numbers as spreadsheets in any region write them into CSV files.
 *
 * <p>Accepted: an optional sign ({@code +}, {@code -}, or U+2212), digits with thousands grouping by
 * {@code ,} {@code .} space, NBSP, narrow NBSP, thin space or apostrophe, a decimal mark {@code .}
 * or {@code ,}, and an exponent ({@code 1e3}, {@code 1,5E+03}). Empty text and a lone {@code -}
 * (a spreadsheet's "nothing here") are absent values, not zero.
 *
 * <p>How the decimal mark is found, first rule that applies:
 * <ol>
 *   <li>Both {@code ,} and {@code .} appear: the last one is the decimal mark ({@code 1.234,5},
 *       {@code 1,234.5}); it must appear once.</li>
 *   <li>One of them appears several times: grouping ({@code 1,234,567}, {@code 1.234.567}).</li>
 *   <li>It appears once and the number is also grouped by spaces: decimal mark ({@code 1 234,5}).</li>
 *   <li>It appears once and is not followed by exactly three digits, or comes after nothing or a
 *       lone {@code 0}: decimal mark ({@code 0.5}, {@code 12,75}, {@code 0,125}).</li>
 *   <li>Otherwise ({@code 1,234}, {@code 1.234}) the number is ambiguous and the file's
 *       {@link NumberConvention} decides; with {@link NumberConvention#UNDECIDED} it is refused.</li>
 * </ol>
 * Grouping must be regular (a first group of one to three digits, then groups of three) and of one
 * kind, so that {@code 1,23} or {@code 12.34.5} are refused instead of read as something else.
 */
public final class LocaleNumber {

    private static final char NO_MARK = 0;
    private static final char AMBIGUOUS = 1;

    private LocaleNumber() {
    }

    /**
     * The value of {@code text}; empty when the text is blank or {@code -}.
     *
     * @throws MalformedNumberException when the text is not a number, or an ambiguous one under
     *     {@link NumberConvention#UNDECIDED}
     */
    public static OptionalDouble parse(String text, NumberConvention convention) {
        String s = stripSpaces(text);
        if (s.isEmpty() || s.equals("-")) {
            return OptionalDouble.empty();
        }
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '+' || first == '\u2212') {
            negative = first != '+';
            s = s.substring(1);
        }
        String exponent = "";
        int e = Math.max(s.lastIndexOf('e'), s.lastIndexOf('E'));
        if (e >= 0) {
            exponent = s.substring(e + 1);
            s = s.substring(0, e);
            if (!exponent.matches("[+-]?[0-9]{1,3}")) {
                throw new MalformedNumberException("it is not a number");
            }
        }
        char mark = decimalMark(s, convention);
        if (mark == AMBIGUOUS) {
            throw new MalformedNumberException("it could be read with either decimal mark ('.' or ',') and the"
                    + " file uses both; write it without a thousands separator");
        }
        int markAt = mark == NO_MARK ? -1 : s.lastIndexOf(mark);
        String integer = markAt < 0 ? s : s.substring(0, markAt);
        String fraction = markAt < 0 ? "" : s.substring(markAt + 1);
        String digits = ungroup(integer);
        if (!fraction.chars().allMatch(LocaleNumber::isDigit)) {
            throw new MalformedNumberException("it is not a number");
        }
        if (digits.isEmpty() && fraction.isEmpty()) {
            throw new MalformedNumberException("it is not a number");
        }
        String canonical = (digits.isEmpty() ? "0" : digits) + "." + (fraction.isEmpty() ? "0" : fraction)
                + (exponent.isEmpty() ? "" : "E" + exponent);
        double value = Double.parseDouble(canonical);
        if (!Double.isFinite(value)) {
            throw new MalformedNumberException("it is too large");
        }
        return OptionalDouble.of(negative ? -value : value);
    }

    /**
     * The decimal convention {@code text} shows by itself, if it shows one: {@code 0,5} shows
     * {@link NumberConvention#DECIMAL_COMMA}; {@code 1,234}, {@code 42} and non-numbers show none.
     */
    public static Optional<NumberConvention> evidence(String text) {
        String s = stripSpaces(text);
        if (s.isEmpty()) {
            return Optional.empty();
        }
        if (s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == '\u2212') {
            s = s.substring(1);
        }
        int e = Math.max(s.lastIndexOf('e'), s.lastIndexOf('E'));
        if (e >= 0) {
            s = s.substring(0, e);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isDigit(c) && c != ',' && c != '.' && !isGroupSpace(c)) {
                return Optional.empty();
            }
        }
        char mark;
        try {
            mark = decimalMark(s, NumberConvention.UNDECIDED);
        } catch (MalformedNumberException notANumber) {
            return Optional.empty();
        }
        if (mark == ',') {
            return Optional.of(NumberConvention.DECIMAL_COMMA);
        }
        if (mark == '.') {
            return Optional.of(NumberConvention.DECIMAL_POINT);
        }
        return Optional.empty();
    }

    private static char decimalMark(String s, NumberConvention convention) {
        int commas = count(s, ',');
        int points = count(s, '.');
        if (commas > 0 && points > 0) {
            char last = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
            if (count(s, last) > 1) {
                throw new MalformedNumberException("it has both '.' and ',' and the last one appears twice");
            }
            return last;
        }
        if (commas + points == 0) {
            return NO_MARK;
        }
        char sep = commas > 0 ? ',' : '.';
        if (commas + points > 1) {
            return NO_MARK;
        }
        int at = s.indexOf(sep);
        String before = ungroupLoosely(s.substring(0, at));
        boolean spaced = s.chars().anyMatch(c -> isGroupSpace((char) c));
        if (spaced || s.length() - at - 1 != 3 || before.isEmpty() || before.equals("0")) {
            return sep;
        }
        return switch (convention) {
            case DECIMAL_POINT -> sep == '.' ? '.' : NO_MARK;
            case DECIMAL_COMMA -> sep == ',' ? ',' : NO_MARK;
            case UNDECIDED -> AMBIGUOUS;
        };
    }

    /** The digits of a grouped integer part, after checking the grouping is regular. */
    private static String ungroup(String integer) {
        StringBuilder digits = new StringBuilder(integer.length());
        char groupKind = 0;
        int groupLength = 0;
        boolean grouped = false;
        for (int i = 0; i < integer.length(); i++) {
            char c = integer.charAt(i);
            if (isDigit(c)) {
                digits.append(c);
                groupLength++;
            } else if (c == ',' || c == '.' || isGroupSpace(c)) {
                char kind = isGroupSpace(c) ? ' ' : c;
                if (groupKind != 0 && kind != groupKind) {
                    throw new MalformedNumberException("it mixes thousands separators");
                }
                boolean badFirst = !grouped && (groupLength < 1 || groupLength > 3);
                boolean badInner = grouped && groupLength != 3;
                if (badFirst || badInner) {
                    throw new MalformedNumberException("its digit grouping is irregular");
                }
                groupKind = kind;
                grouped = true;
                groupLength = 0;
            } else {
                throw new MalformedNumberException("it is not a number");
            }
        }
        if (grouped && groupLength != 3) {
            throw new MalformedNumberException("its digit grouping is irregular");
        }
        return digits.toString();
    }

    private static String ungroupLoosely(String integer) {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (isDigit(integer.charAt(i))) {
                digits.append(integer.charAt(i));
            }
        }
        return digits.toString();
    }

    private static String stripSpaces(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009' || c == '\'' || c == '\u2019';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
