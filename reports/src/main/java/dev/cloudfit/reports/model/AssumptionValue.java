package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of an {@link Assumption}: words, or a figure the workbook writes as a number (so that a reader
 * can compute with it) under a number format that shows its unit. {@link #text()} is the same value in words,
 * for outputs without cell formats.
 */
public sealed interface AssumptionValue {

    /** The value as a person reads it, e.g. {@code 30 days}, {@code 1,234.50 USD}, {@code 25 %}. */
    String text();

    static AssumptionValue text(String words) {
        return new Words(words);
    }

    /** A plain count or factor, e.g. {@code 1.3}, {@code 730 h}, {@code 30 days} ({@code unit} may be empty). */
    static AssumptionValue number(BigDecimal amount, String unit) {
        return new Quantity(amount, unit);
    }

    static AssumptionValue number(long amount, String unit) {
        return new Quantity(BigDecimal.valueOf(amount), unit);
    }

    static AssumptionValue amount(Money money) {
        return new Amount(money);
    }

    /** A share given as a fraction: 0.25 is shown as {@code 25 %}. */
    static AssumptionValue share(BigDecimal fraction) {
        return new Share(fraction);
    }

    /** Words. */
    record Words(String text) implements AssumptionValue {
        public Words {
            text = Text.orEmpty(text);
        }
    }

    /** A number with its unit; {@link #decimals()} is how many the value needs (1.30 → 1, 730 → 0). */
    record Quantity(BigDecimal amount, String unit) implements AssumptionValue {
        public Quantity {
            Objects.requireNonNull(amount, "amount");
            unit = Text.orEmpty(unit);
        }

        public int decimals() {
            return Math.max(0, amount.stripTrailingZeros().scale());
        }

        @Override
        public String text() {
            String n = amount.stripTrailingZeros().toPlainString();
            return unit.isEmpty() ? n : n + " " + unit;
        }
    }

    /** An amount of money, shown in the workbook's money format. */
    record Amount(Money money) implements AssumptionValue {
        public Amount {
            Objects.requireNonNull(money, "money");
        }

        @Override
        public String text() {
            return money.amount().toPlainString() + " " + money.currency().getCurrencyCode();
        }
    }

    /** A share as a fraction (0.25 = 25 %), shown in a percent format. */
    record Share(BigDecimal fraction) implements AssumptionValue {
        public Share {
            Objects.requireNonNull(fraction, "fraction");
        }

        public int decimals() {
            return Math.max(0, fraction.movePointRight(2).stripTrailingZeros().scale());
        }

        @Override
        public String text() {
            return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
        }
    }
}
