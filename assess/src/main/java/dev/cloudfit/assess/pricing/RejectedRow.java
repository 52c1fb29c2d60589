package dev.cloudfit.assess.pricing;

import java.util.Objects;

/**
 * A price row that could not be normalised, with the reason (an unknown {@code unitOfMeasure}, a missing price,
 * an unexpected currency...). Rejected rows are reported and counted, never priced with a guess.
 */
public record RejectedRow(String meterId, String skuId, String meterName, String reason) {

    public RejectedRow {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return "meter " + meterId + " (" + meterName + ", sku " + skuId + "): " + reason;
    }
}
