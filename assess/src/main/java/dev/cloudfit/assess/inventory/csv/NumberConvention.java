package dev.cloudfit.assess.inventory.csv;

/**
 * Which character a file uses as its decimal mark. Only ambiguous numbers need it: one separator
 * followed by exactly three digits, such as {@code 1,234} or {@code 1.234}, which is a thousand and
 * more in one convention and a little over one in the other. See {@link LocaleNumber}.
 */
public enum NumberConvention {
    /** {@code 1,234.5}: English and most Asian regions; ambiguous {@code 1,234} is 1234. */
    DECIMAL_POINT,
    /** {@code 1.234,5} or {@code 1 234,5}: most of Europe and Latin America; ambiguous {@code 1.234} is 1234. */
    DECIMAL_COMMA,
    /** The file shows both conventions: ambiguous numbers are refused rather than guessed. */
    UNDECIDED
}
