package dev.cloudfit.assess.inventory.csv;

/**
 * Finds a file's {@link NumberConvention} from the numbers it holds, so that an ambiguous
 * {@code 1,234} is read the way the rest of the file reads. Feed it every value of the numeric
 * columns (a first pass over the file), then {@link #decide(char)}.
 *
 * <p>Rules: values that show only decimal commas ({@code 0,5}) give
 * {@link NumberConvention#DECIMAL_COMMA}; only decimal points give
 * {@link NumberConvention#DECIMAL_POINT}; both give {@link NumberConvention#UNDECIDED}. Without
 * any evidence the delimiter decides: Windows uses {@code ;} as list separator exactly where the
 * decimal mark is a comma, so a {@code ;} file is DECIMAL_COMMA; a {@code ,} file can only hold
 * {@code 1,234} inside quotes, which is how English-region RVTools writes thousands, so it and a
 * tab file are DECIMAL_POINT.
 */
public final class NumberConventionDetector {

    private long decimalCommas;
    private long decimalPoints;

    /** Takes one value as evidence; blank and non-numeric text is ignored. */
    public void observe(String text) {
        LocaleNumber.evidence(text).ifPresent(c -> {
            if (c == NumberConvention.DECIMAL_COMMA) {
                decimalCommas++;
            } else {
                decimalPoints++;
            }
        });
    }

    public NumberConvention decide(char delimiter) {
        if (decimalCommas > 0 && decimalPoints > 0) {
            return NumberConvention.UNDECIDED;
        }
        if (decimalCommas > 0) {
            return NumberConvention.DECIMAL_COMMA;
        }
        if (decimalPoints > 0) {
            return NumberConvention.DECIMAL_POINT;
        }
        return delimiter == ';' ? NumberConvention.DECIMAL_COMMA : NumberConvention.DECIMAL_POINT;
    }
}
