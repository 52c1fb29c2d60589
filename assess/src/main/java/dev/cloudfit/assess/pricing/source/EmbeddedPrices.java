package dev.cloudfit.assess.pricing.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The price file shipped inside cloudfit ({@value #RESOURCE} next to the {@code store} classes), built from
 * recorded public snapshots by {@code build-support/build-embedded-prices.sh}: USD, westeurope and northeurope,
 * pay-as-you-go rows with the one-year savings-plan price. Its header records every source with its date.
 */
public final class EmbeddedPrices {

    public static final String RESOURCE = "/dev/cloudfit/assess/pricing/store/embedded-prices.jsonl.gz";

    private EmbeddedPrices() {
    }

    public static InputStream open() {
        InputStream in = EmbeddedPrices.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new UncheckedIOException(new IOException("the embedded price file " + RESOURCE
                    + " is missing from the class path"));
        }
        return in;
    }
}
