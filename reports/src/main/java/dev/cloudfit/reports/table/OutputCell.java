package dev.cloudfit.reports.table;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One cell to write, typed so that each output form can render it the way spreadsheet tools
 * expect: text stays text (never a formula, whatever it starts with), numbers are numbers,
 * a {@link Flag} is the text {@code True}/{@code False} (as RVTools and .NET write booleans), and a
 * {@link Timestamp} is a local date-time (an Excel serial with a date style in xlsx).
 */
public sealed interface OutputCell {

    /** An empty cell: nothing is written. */
    OutputCell BLANK = new Blank();

    /** Text, or {@link #BLANK} when {@code value} is null. */
    static OutputCell text(String value) {
        return value == null ? BLANK : new Text(value);
    }

    static OutputCell number(long value) {
        return new Number(value);
    }

    static OutputCell number(double value) {
        return new Number(value);
    }

    static OutputCell flag(boolean value) {
        return new Flag(value);
    }

    /** A date-time, or {@link #BLANK} when {@code value} is null. */
    static OutputCell timestamp(LocalDateTime value) {
        return value == null ? BLANK : new Timestamp(value);
    }

    /** Plain text, stored as a string cell even when it looks like a formula or a number. */
    record Text(String value) implements OutputCell {
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /** A finite number. */
    record Number(double value) implements OutputCell {
        public Number {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("not a finite number: " + value);
            }
        }
    }

    /** A boolean written as the text {@code True} or {@code False}. */
    record Flag(boolean value) implements OutputCell {
        public String text() {
            return value ? "True" : "False";
        }
    }

    /** A local date-time without a zone, as vSphere inventories show them. */
    record Timestamp(LocalDateTime value) implements OutputCell {
        public Timestamp {
            Objects.requireNonNull(value, "value");
        }
    }

    /** No value. */
    record Blank() implements OutputCell {
    }
}
