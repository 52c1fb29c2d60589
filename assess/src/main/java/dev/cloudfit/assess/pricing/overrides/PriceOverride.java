package dev.cloudfit.assess.pricing.overrides;

import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.core.units.Money;
import java.util.Objects;

/**
 * One negotiated price from the overrides file.
 *
 * @param sku the VM size ({@code Standard_D4s_v5}, {@code Standard_D4s_v5 Windows}), licence meter
 *     ({@code RHEL 2}, {@code SLES 1-2}, {@code SLES 5+}), disk tier ({@code P10 LRS}) or AVS node ({@code AV36P})
 * @param region the ARM region; empty for licence meters (global)
 * @param unitPrice per hour, or per month for disk tiers
 * @param line the file line, for messages and the Assumptions sheet
 */
public record PriceOverride(OverrideService service, String sku, String region, PricingPlan plan, Money unitPrice,
        String source, long line) {

    public PriceOverride {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(source, "source");
    }

    /** One line for the Assumptions sheet: {@code AV36P westeurope RI3Y 5.1 USD per hour (EA 2026)}. */
    public String describe() {
        return sku + (region.isEmpty() ? "" : " " + region) + " " + plan + " "
                + unitPrice.amount().stripTrailingZeros().toPlainString() + " "
                + unitPrice.currency().getCurrencyCode() + " " + service.unit() + " (" + source + ")";
    }
}
