package dev.cloudfit.assess.pricing.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * A price a scenario needed and the price list does not have: the item, what was looked for, and why it is
 * missing. The scenario's totals leave it out and say they are incomplete; it is never counted as zero.
 */
public record MissingPrice(String itemId, String what, String reason, Optional<RateGap> rate) {

    /**
     * A missing hourly unit rate someone could enter (a VM size's plan rate, a licence meter), named by
     * {@link MissingPrice#what()}: its category and whether it is billed every hour of the month or per running hour.
     */
    public record RateGap(CostCategory category, boolean everyHour) {
    }

    public MissingPrice {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rate, "rate");
    }

    /** A missing price that is not a single hourly rate (a disk tier, Premium SSD v2 meters). */
    public MissingPrice(String itemId, String what, String reason) {
        this(itemId, what, reason, Optional.empty());
    }

    @Override
    public String toString() {
        return itemId + ": " + what + ": " + reason;
    }
}
