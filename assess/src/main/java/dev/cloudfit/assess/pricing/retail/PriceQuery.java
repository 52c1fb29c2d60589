package dev.cloudfit.assess.pricing.retail;

import java.util.Objects;

/**
 * One filter to fetch, all pages. {@code mustReturnRows}: an empty answer is an error (the usual cause is a
 * misspelt or wrongly-cased value, which the API answers with zero rows rather than an error); turn it off for
 * queries that may legitimately be empty, such as AVS in a region without it.
 */
public record PriceQuery(PriceFilter filter, boolean mustReturnRows) {

    public PriceQuery {
        Objects.requireNonNull(filter, "filter");
    }

    public static PriceQuery of(PriceFilter filter) {
        return new PriceQuery(filter, true);
    }

    public PriceQuery mayBeEmpty() {
        return new PriceQuery(filter, false);
    }
}
