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

    /** The term of a reservation or savings plan, or null for pay-as-you-go plans. */
    ReservationTerm term() {
        return switch (this) {
            case RI1Y, SP1Y -> ReservationTerm.ONE_YEAR;
            case RI3Y, SP3Y -> ReservationTerm.THREE_YEARS;
            case PAYG, DEV_TEST -> null;
        };
    }
}
