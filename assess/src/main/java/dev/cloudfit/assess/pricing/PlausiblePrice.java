package dev.cloudfit.assess.pricing;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whether an amount read from outside (the Retail Prices API, a price file) can be a price. A price is never
 * negative, never above {@link #MAX} (the dearest retail row, a three-year reservation of the largest M-series
 * size, is a few million; a hundred million leaves room for any currency's figure without letting {@code 1e999}
 * through, which no arithmetic downstream can hold), and has at most {@link #MAX_DECIMALS} decimals (the API gives
 * up to 8). Rows failing it are rejected with the reason, never priced.
 */
public final class PlausiblePrice {

    /** The largest amount taken as a price. */
    public static final BigDecimal MAX = new BigDecimal("100000000");
    /** The most decimals an amount may carry once trailing zeros are dropped. */
    public static final int MAX_DECIMALS = 12;

    private PlausiblePrice() {
    }

    /** Why {@code amount} cannot be a price, or empty when it can. */
    public static Optional<String> problem(BigDecimal amount) {
        if (amount == null) {
            return Optional.of("no price");
        }
        if (amount.signum() < 0) {
            return Optional.of("negative price " + shortText(amount));
        }
        if (amount.compareTo(MAX) > 0) {
            return Optional.of("absurd price " + shortText(amount) + " (more than " + MAX.toPlainString() + ")");
        }
        if (amount.signum() != 0 && amount.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return Optional.of("price " + shortText(amount) + " has more than " + MAX_DECIMALS + " decimals");
        }
        return Optional.empty();
    }

    /** The amount as a short text for messages: {@code 1E+999} stays short, a plain figure stays plain. */
    private static String shortText(BigDecimal amount) {
        String plain = amount.abs().compareTo(MAX) <= 0 && amount.scale() <= MAX_DECIMALS
                ? amount.toPlainString() : amount.toString();
        return plain.length() > 40 ? plain.substring(0, 40) + "…" : plain;
    }
}
