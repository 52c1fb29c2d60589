package dev.cloudfit.assess.pricing.retail;

import static dev.cloudfit.assess.pricing.retail.PriceFilter.and;
import static dev.cloudfit.assess.pricing.retail.PriceFilter.or;

import dev.cloudfit.assess.pricing.PriceType;

/**
 * The query for the RHEL and SLES software meters, which the regional queries do not return: service
 * {@code Virtual Machines Licenses}, global ({@code armRegionName ''}), pay-as-you-go, the two products a plain RHEL
 * or SLES guest is billed on. The rows look like the recorded raw page's licence rows
 * ({@code retail-prices-unfiltered-skip81200-2022-04-19.json}: serviceName "Virtual Machines Licenses",
 * armRegionName "", meterName "56 vCPU VM License", skuName "56 vCPU VM", unitOfMeasure "1 Hour"); the product
 * names are the Flexera licence file's, which was made by the same filter. An empty answer is allowed.
 */
public final class LicencePriceQuery {

    static final String SERVICE = "Virtual Machines Licenses";
    static final String RHEL = "Red Hat Enterprise Linux";
    static final String SLES = "SUSE Linux Enterprise Server Standard";

    private LicencePriceQuery() {
    }

    public static PriceQuery query() {
        return PriceQuery.of(and(PriceFilter.serviceName(SERVICE), PriceFilter.region(""),
                PriceFilter.priceType(PriceType.CONSUMPTION),
                or(PriceFilter.eq(FilterField.PRODUCT_NAME, RHEL), PriceFilter.eq(FilterField.PRODUCT_NAME, SLES))))
                .mayBeEmpty();
    }
}
