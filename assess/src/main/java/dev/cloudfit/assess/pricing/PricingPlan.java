package dev.cloudfit.assess.pricing;

/**
 * How a VM (or an AVS node) is paid for, one column each in the report: pay-as-you-go, reservations and
 * savings plans for one or three years, and Dev/Test pay-as-you-go.
 */
public enum PricingPlan {
    PAYG,
    RI1Y,
    RI3Y,
    SP1Y,
    SP3Y,
    DEV_TEST;

    /** The plan in words, e.g. {@code 1-year reservation}. */
    public String words() {
        return switch (this) {
            case PAYG -> "pay-as-you-go";
            case RI1Y -> "1-year reservation";
            case RI3Y -> "3-year reservation";
            case SP1Y -> "1-year savings plan";
            case SP3Y -> "3-year savings plan";
            case DEV_TEST -> "Dev/Test pay-as-you-go";
        };
    }

    /** The term of a reservation or savings plan, or null for pay-as-you-go plans. */
    ReservationTerm term() {
        return switch (this) {
            case RI1Y, SP1Y -> ReservationTerm.ONE_YEAR;
            case RI3Y, SP3Y -> ReservationTerm.THREE_YEARS;
            case PAYG, DEV_TEST -> null;
        };
    }
}
