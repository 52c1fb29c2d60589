package dev.cloudfit.assess.pricing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * What a {@code unitOfMeasure} means: a row's price is for {@code blockSize} of {@code distinctUnit}. For
 * {@code 100 Hours} the block is 100 hours, for {@code 10K} it is 10,000 units, for {@code 1/Month} one unit per
 * month. {@link #perUnit} divides a block price down to the price of one unit.
 */
public record PricingUnit(MeterUnit unitOfMeasure, BigDecimal blockSize, String distinctUnit, UnitPeriod period) {

    public PricingUnit {
        Objects.requireNonNull(unitOfMeasure, "unitOfMeasure");
        Objects.requireNonNull(blockSize, "blockSize");
        Objects.requireNonNull(distinctUnit, "distinctUnit");
        Objects.requireNonNull(period, "period");
        if (blockSize.signum() <= 0) {
            throw new IllegalArgumentException("block size must be positive: " + blockSize);
        }
    }

    /** The price of one distinct unit, e.g. the price of one hour for a {@code 100 Hours} row. */
    public BigDecimal perUnit(BigDecimal blockPrice) {
        return blockSize.compareTo(BigDecimal.ONE) == 0 ? blockPrice : blockPrice.divide(blockSize, MathContext.DECIMAL128);
    }
}
