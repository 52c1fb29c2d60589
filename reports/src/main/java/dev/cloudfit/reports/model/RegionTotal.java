package dev.cloudfit.reports.model;

import dev.cloudfit.core.units.Money;
import java.util.Objects;

/**
 * One region's total under one scenario over the VMs it could price: the sum of the shown (rounded) per-VM
 * figures, {@code priced} of {@code vms} VMs. A total that leaves VMs out says so ({@link #coverage()}).
 */
public record RegionTotal(String region, String scenario, Money monthly, long priced, long vms) {

    public RegionTotal {
        region = Text.required(region, "region");
        scenario = Text.required(scenario, "scenario");
        Objects.requireNonNull(monthly, "monthly");
        if (priced < 0 || priced > vms) {
            throw new IllegalArgumentException("priced VMs must be within 0.." + vms + ": " + priced);
        }
    }

    public PriceCoverage priceCoverage() {
        return PriceCoverage.of(priced, vms - priced);
    }

    /** "complete (12 VMs)" or "11 of 12 VMs priced". */
    public String coverage() {
        return priced == vms ? "complete (" + vms + " VMs)" : priced + " of " + vms + " VMs priced";
    }
}
