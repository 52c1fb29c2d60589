package dev.cloudfit.assess.sizing.settings;

/**
 * What to do with a VM size whose region availability the catalog does not know (about 60 % of the
 * bundled sizes, all v6 among them). A size with a price in the target region counts as offered there
 * either way; sizes the catalog lists for other regions only are always excluded.
 */
public enum UnknownRegionRule {
    /** Keep the size as a candidate; when it is chosen, the result carries {@code region.availability-unknown}. */
    ALLOW_AND_FLAG,
    /** Drop the size. */
    EXCLUDE;

    /** The rule in words. */
    public String label() {
        return switch (this) {
            case ALLOW_AND_FLAG -> "Allowed and flagged";
            case EXCLUDE -> "Excluded";
        };
    }
}
