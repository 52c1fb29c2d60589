package dev.cloudfit.assess.sizing.price;

/** How compute is bought. Reservations and savings plans are quoted as an effective hourly rate. */
public enum Commitment {
    PAY_AS_YOU_GO,
    RESERVED_1_YEAR,
    RESERVED_3_YEARS,
    SAVINGS_PLAN_1_YEAR,
    SAVINGS_PLAN_3_YEARS,
    DEV_TEST
}
