package dev.cloudfit.assess.inventory.csv;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.core.units.Percentage;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One data row with what is needed to read its values and to blame them: the file, the row's
 * line, the file's number convention. Every reader returns an absent value for a blank cell or a
 * column the file lacks ({@code column == null}), and throws {@link BadInputException} naming file,
 * row, column and the offending text when a value is present but wrong.
 */
public final class CsvRow {

    private final Path file;
    private final CsvRecord record;
    private final NumberConvention numbers;

    public CsvRow(Path file, CsvRecord record, NumberConvention numbers) {
        this.file = file;
        this.record = Objects.requireNonNull(record, "record");
        this.numbers = Objects.requireNonNull(numbers, "numbers");
    }

    /** The physical line the row starts on, used as its row number in messages. */
    public long line() {
        return record.line();
    }

    public InputLocation location() {
        return InputLocation.of(file).atRow(record.line());
    }

    public InputLocation location(CsvColumn column) {
        return column == null ? location() : location().atColumn(column.header());
    }

    /** The trimmed text of a cell; empty when blank or the column is absent. */
    public Optional<String> text(CsvColumn column) {
        if (column == null) {
            return Optional.empty();
        }
        String value = record.field(column.index()).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /** The trimmed text of a cell that must not be blank. */
    public String requiredText(CsvColumn column) {
        return text(column).orElseThrow(() -> bad(column, "a value is required"));
    }

    /** A number of any sign. */
    public OptionalDouble number(CsvColumn column) {
        Optional<String> text = text(column);
        if (text.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return LocaleNumber.parse(text.get(), numbers);
        } catch (MalformedNumberException e) {
            throw bad(column, "'" + text.get() + "' is not a valid number: " + e.getMessage());
        }
    }

    /** A number that cannot be negative: a size, a rate, an operation count per second. */
    public OptionalDouble amount(CsvColumn column) {
        OptionalDouble value = number(column);
        if (value.isPresent() && value.getAsDouble() < 0) {
            throw bad(column, "'" + text(column).orElse("") + "' is negative; a size or rate must be 0 or more");
        }
        return value;
    }

    /** A whole number that cannot be negative: cores, disks, adapters. */
    public OptionalInt count(CsvColumn column) {
        OptionalDouble value = amount(column);
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        double v = value.getAsDouble();
        if (v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw bad(column, "'" + text(column).orElse("") + "' is not a whole number");
        }
        return OptionalInt.of((int) v);
    }

    /** A percentage from 0 to 100; a trailing {@code %} is allowed ({@code 37,5 %}). */
    public Optional<Percentage> percentage(CsvColumn column) {
        Optional<String> text = text(column);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String t = text.get();
        String digits = t.endsWith("%") ? t.substring(0, t.length() - 1) : t;
        OptionalDouble value;
        try {
            value = LocaleNumber.parse(digits, numbers);
        } catch (MalformedNumberException e) {
            throw bad(column, "'" + t + "' is not a valid percentage: " + e.getMessage());
        }
        if (value.isEmpty()) {
            return Optional.empty();
        }
        double v = value.getAsDouble();
        if (v < 0 || v > 100) {
            throw bad(column, "'" + t + "' is outside 0 to 100");
        }
        return Optional.of(Percentage.of(v));
    }

    /** An error about this row, in one column (or the whole row when {@code column} is null). */
    public BadInputException bad(CsvColumn column, String problem) {
        return new BadInputException(location(column), problem);
    }
}
