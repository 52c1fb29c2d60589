package dev.cloudfit.assess.pricing.retail;

import dev.cloudfit.assess.pricing.PriceRowSink;
import dev.cloudfit.assess.pricing.PricingUnits;
import dev.cloudfit.assess.pricing.licence.LicenceMeter;
import java.util.Currency;
import java.util.List;

/**
 * The online price source: runs queries against the Retail Prices API and streams normalised rows (and rejected
 * ones, with their reason) into a {@link PriceRowSink}, typically a {@code PriceBookBuilder}. On failure it
 * throws {@link dev.cloudfit.core.error.ExternalSystemException} and the caller must discard what the sink
 * received, so a partial price list never passes for a whole one.
 */
public final class RetailPriceSource {

    private final RetailPricesClient client;
    private final RetailItemNormaliser normaliser;
    private final Currency currency;

    public RetailPriceSource(RetailPricesSettings settings) {
        this(settings, PricingUnits.builtIn());
    }

    public RetailPriceSource(RetailPricesSettings settings, PricingUnits units) {
        this.client = new RetailPricesClient(settings);
        this.normaliser = new RetailItemNormaliser(settings.currency(), units);
        this.currency = settings.currency();
    }

    /**
     * Fetches the RHEL and SLES licence meters ({@link LicencePriceQuery}) in the settings' currency, each meter
     * naming {@code source}; none when the API lists none.
     */
    public List<LicenceMeter> licenceMeters(String source) {
        LicenceMeterReader reader = new LicenceMeterReader(currency, source);
        client.fetchAll(List.of(LicencePriceQuery.query()), reader);
        return reader.meters();
    }

    /** Fetches every page of every query (a few at once) and streams each row to {@code sink} as it is parsed. */
    public void refresh(List<PriceQuery> queries, PriceRowSink sink) {
        client.fetchAll(queries, item -> normaliser.normalise(item, sink));
    }
}
