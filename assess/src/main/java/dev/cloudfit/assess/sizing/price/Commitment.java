package dev.cloudfit.assess.sizing.price;

/** How compute is bought. Reservations and savings plans are quoted as an effective hourly rate. */
public enum Commitment {
    PAY_AS_YOU_GO,
    RESERVED_1_YEAR,
    RESERVED_3_YEARS,
    SAVINGS_PLAN_1_YEAR,
    SAVINGS_PLAN_3_YEARS,
    DEV_TEST;

    /** The commitment in words, e.g. {@code 1-year reservation}. */
    public String label() {
        return switch (this) {
            case PAY_AS_YOU_GO -> "Pay-as-you-go";
            case RESERVED_1_YEAR -> "1-year reservation";
            case RESERVED_3_YEARS -> "3-year reservation";
            case SAVINGS_PLAN_1_YEAR -> "1-year savings plan";
            case SAVINGS_PLAN_3_YEARS -> "3-year savings plan";
            case DEV_TEST -> "Dev/Test pay-as-you-go";
        };
    }
}
