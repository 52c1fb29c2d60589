package dev.cloudfit.assess.pricing.retail;

/**
 * The {@code $filter} fields cloudfit uses. Since api-version 2023-01-01-preview their values are
 * case-sensitive: {@code 'virtual machines'} silently matches nothing.
 */
public enum FilterField {
    SERVICE_NAME("serviceName"),
    SERVICE_FAMILY("serviceFamily"),
    ARM_REGION_NAME("armRegionName"),
    ARM_SKU_NAME("armSkuName"),
    PRICE_TYPE("priceType"),
    PRODUCT_NAME("productName"),
    SKU_NAME("skuName"),
    METER_NAME("meterName");

    private final String odataName;

    FilterField(String odataName) {
        this.odataName = odataName;
    }

    public String odataName() {
        return odataName;
    }
}
