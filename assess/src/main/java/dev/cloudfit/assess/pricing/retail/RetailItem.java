package dev.cloudfit.assess.pricing.retail;

import java.math.BigDecimal;
import java.util.List;

/**
 * One element of a page's {@code Items}, field for field as the API sends it (nulls where absent). A wire type:
 * it stays in this package; {@link RetailItemNormaliser} turns it into a {@code PriceRow}.
 */
record RetailItem(
        String currencyCode,
        BigDecimal tierMinimumUnits,
        String reservationTerm,
        BigDecimal retailPrice,
        BigDecimal unitPrice,
        String armRegionName,
        String location,
        String effectiveStartDate,
        String effectiveEndDate,
        String meterId,
        String meterName,
        String productId,
        String skuId,
        String productName,
        String skuName,
        String serviceName,
        String serviceId,
        String serviceFamily,
        String unitOfMeasure,
        String type,
        Boolean isPrimaryMeterRegion,
        String armSkuName,
        List<SavingsPlanItem> savingsPlan) {

    /** One element of {@code savingsPlan}: hourly prices for a term such as {@code "1 Year"}. */
    record SavingsPlanItem(BigDecimal unitPrice, BigDecimal retailPrice, String term) {
    }
}
