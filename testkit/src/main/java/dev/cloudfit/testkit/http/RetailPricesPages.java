package dev.cloudfit.testkit.http;

import java.util.List;

/** Azure Retail Prices API pages and items written by a test, for answers no recorded page shows (broken, hostile). */
public final class RetailPricesPages {

    private RetailPricesPages() {
    }

    /** A page in USD holding {@code items} (JSON objects), linking on to {@code next} (null: the last page). */
    public static String page(String next, List<String> items) {
        return "{\"BillingCurrency\":\"USD\",\"CustomerEntityId\":\"Default\",\"CustomerEntityType\":\"Retail\","
                + "\"Items\":[" + String.join(",", items) + "],\"NextPageLink\":"
                + (next == null ? "null" : "\"" + next + "\"") + ",\"Count\":" + items.size() + "}";
    }

    /** A pay-as-you-go Linux D2s v5 row; {@code price} is put in as raw JSON (a number, null, a string...). */
    public static String vm(String region, String currency, String price) {
        return item(region, currency, price, "Virtual Machines", "Virtual Machines Dsv5 Series", "D2s v5",
                "D2s v5", "1 Hour", "Standard_D2s_v5", "vm-" + region);
    }

    /** A pay-as-you-go P10 LRS managed-disk row. */
    public static String disk(String region, String currency, String price) {
        return item(region, currency, price, "Storage", "Premium SSD Managed Disks", "P10 LRS", "P10 LRS Disk",
                "1/Month", "", "disk-" + region);
    }

    private static String item(String region, String currency, String price, String service, String product,
            String sku, String meter, String unit, String armSku, String meterId) {
        return "{\"currencyCode\":\"" + currency + "\",\"tierMinimumUnits\":0.0,\"retailPrice\":" + price
                + ",\"unitPrice\":" + price + ",\"armRegionName\":\"" + region + "\",\"location\":\"\","
                + "\"effectiveStartDate\":\"2024-01-01T00:00:00Z\",\"meterId\":\"" + meterId + "\","
                + "\"meterName\":\"" + meter + "\",\"productId\":\"P\",\"skuId\":\"P/" + meterId + "\","
                + "\"productName\":\"" + product + "\",\"skuName\":\"" + sku + "\",\"serviceName\":\"" + service
                + "\",\"serviceId\":\"S\",\"serviceFamily\":\"Compute\",\"unitOfMeasure\":\"" + unit + "\","
                + "\"type\":\"Consumption\",\"isPrimaryMeterRegion\":true,\"armSkuName\":\"" + armSku + "\"}";
    }
}
