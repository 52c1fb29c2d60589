package dev.cloudfit.assess.pricing;

import java.util.Objects;

/**
 * The price list's {@code unitOfMeasure} exactly as written, e.g. {@code 1 Hour}, {@code 100 Hours},
 * {@code 1/Month}, {@code 10K}. Kept verbatim (trailing spaces included) because it is the key into
 * {@link PricingUnits}; {@link PricingUnit} is its normalised meaning.
 */
public record MeterUnit(String text) {

    public MeterUnit {
        Objects.requireNonNull(text, "text");
    }

    public static MeterUnit of(String text) {
        return new MeterUnit(text);
    }

    @Override
    public String toString() {
        return text;
    }
}
