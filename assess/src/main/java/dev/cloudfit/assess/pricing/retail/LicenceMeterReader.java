package dev.cloudfit.assess.pricing.retail;

import dev.cloudfit.assess.pricing.licence.LicenceMeter;
import dev.cloudfit.assess.pricing.scenario.VmLicence;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns licence rows of the Retail Prices API into {@link LicenceMeter}s: RHEL ("N vCPU VM") and SLES Standard
 * ("1-2 vCPU VM", "5+ vCPU VM") pay-as-you-go meters per hour, in the refresh's currency. Rows that are not such a
 * meter, or whose price is zero, negative or absurd, are counted and left out. Where the API lists the same band
 * twice, the lower price is kept (as the Flexera file's generator did).
 */
final class LicenceMeterReader implements Consumer<RetailItem> {

    /** {@code 2 vCPU VM}, {@code 1-2 vCPU VM}, {@code 5+ vCPU VM License}. */
    private static final Pattern BAND = Pattern.compile("^\\s*(\\d{1,4})\\s*(?:-\\s*(\\d{1,4})|(\\+))?\\s*vCPU\\b");
    /** No licence meter costs this much an hour; a price above it is a damaged row. */
    private static final BigDecimal ABSURD = new BigDecimal("10000");

    private final Currency currency;
    private final String source;
    private final Map<String, LicenceMeter> meters = new LinkedHashMap<>();
    private long skipped;

    LicenceMeterReader(Currency currency, String source) {
        this.currency = currency;
        this.source = source;
    }

    @Override
    public void accept(RetailItem item) {
        VmLicence licence = LicencePriceQuery.RHEL.equals(item.productName()) ? VmLicence.RHEL
                : LicencePriceQuery.SLES.equals(item.productName()) ? VmLicence.SLES : null;
        BigDecimal price = item.retailPrice();
        if (licence == null || !LicencePriceQuery.SERVICE.equals(item.serviceName())
                || !"Consumption".equals(item.type()) || !"1 Hour".equals(item.unitOfMeasure())
                || !currency.getCurrencyCode().equals(item.currencyCode()) || price == null || price.signum() <= 0
                || price.compareTo(ABSURD) >= 0) {
            skipped++;
            return;
        }
        Matcher m = BAND.matcher(item.skuName() == null ? "" : item.skuName());
        if (!m.find()) {
            m = BAND.matcher(item.meterName() == null ? "" : item.meterName());
            if (!m.find()) {
                skipped++;
                return;
            }
        }
        int min = Integer.parseInt(m.group(1));
        int max = m.group(3) != null ? 0 : m.group(2) != null ? Integer.parseInt(m.group(2)) : min;
        if (min < 1 || (max != 0 && max < min)) {
            skipped++;
            return;
        }
        LicenceMeter meter = new LicenceMeter(licence, item.productName(), min, max, new Money(price, currency), source);
        meters.merge(licence + " " + min + " " + max, meter,
                (a, b) -> a.hourly().compareTo(b.hourly()) <= 0 ? a : b);
    }

    /** The meters read, RHEL first, each by its lowest vCPU count. */
    List<LicenceMeter> meters() {
        List<LicenceMeter> out = new ArrayList<>(meters.values());
        out.sort(Comparator.comparing(LicenceMeter::licence).thenComparingInt(LicenceMeter::minVcpus));
        return out;
    }

    long skipped() {
        return skipped;
    }
}
