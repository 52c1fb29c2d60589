package dev.cloudfit.assess.pricing;

/** Which price of one meter a row is: pay-as-you-go, Dev/Test, or a reservation for one or three years. */
enum PriceSlot {
    CONSUMPTION,
    DEV_TEST,
    RESERVATION_1Y,
    RESERVATION_3Y;

    static PriceSlot of(PriceRow row) {
        return switch (row.priceType()) {
            case CONSUMPTION -> CONSUMPTION;
            case DEV_TEST_CONSUMPTION -> DEV_TEST;
            case RESERVATION -> row.reservationTerm().orElseThrow() == ReservationTerm.ONE_YEAR
                    ? RESERVATION_1Y : RESERVATION_3Y;
        };
    }

    static PriceSlot reservation(ReservationTerm term) {
        return term == ReservationTerm.ONE_YEAR ? RESERVATION_1Y : RESERVATION_3Y;
    }
}
