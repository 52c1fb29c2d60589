package dev.cloudfit.assess.pricing;

/**
 * The price list's {@code isPrimaryMeterRegion}: a {@link #SECONDARY} row repeats a meter whose primary row is
 * elsewhere (e.g. {@code DS13} next to the primary {@code D13}). {@link #NOT_RECORDED} is for sources that did not
 * keep the flag (the radar snapshots); such rows rank below a recorded primary row and above a secondary one.
 */
public enum PrimaryMeterRegion {
    PRIMARY,
    NOT_RECORDED,
    SECONDARY;

    public static PrimaryMeterRegion of(Boolean flag) {
        if (flag == null) {
            return NOT_RECORDED;
        }
        return flag ? PRIMARY : SECONDARY;
    }
}
