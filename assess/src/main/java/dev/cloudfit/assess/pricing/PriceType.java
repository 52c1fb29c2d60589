package dev.cloudfit.assess.pricing;

import java.util.Optional;

/**
 * The price list's {@code type} (filtered as {@code priceType}): pay-as-you-go, Dev/Test pay-as-you-go, or a
 * reservation whose {@code retailPrice} is the total for its term.
 */
public enum PriceType {
    CONSUMPTION("Consumption"),
    DEV_TEST_CONSUMPTION("DevTestConsumption"),
    RESERVATION("Reservation");

    private final String wireName;

    PriceType(String wireName) {
        this.wireName = wireName;
    }

    /** The spelling in the API, also the value of a {@code priceType} filter. */
    public String wireName() {
        return wireName;
    }

    public static Optional<PriceType> fromWire(String name) {
        for (PriceType t : values()) {
            if (t.wireName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
