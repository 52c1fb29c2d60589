package dev.cloudfit.assess.pricing.scenario;

import java.util.Objects;

/**
 * A price a scenario needed and the price list does not have: the item, what was looked for, and why it is
 * missing. The scenario's totals leave it out and say they are incomplete; it is never counted as zero.
 */
public record MissingPrice(String itemId, String what, String reason) {

    public MissingPrice {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return itemId + ": " + what + ": " + reason;
    }
}
