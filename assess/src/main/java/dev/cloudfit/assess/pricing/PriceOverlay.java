package dev.cloudfit.assess.pricing;

import dev.cloudfit.core.units.Money;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prices laid over a {@link PriceBook}'s rows (negotiated rates from a price-overrides file): a lookup answers
 * the overlay's price first. VM and AVS prices are hourly (a reservation's effective hourly rate), disk tiers
 * monthly. Filled once, then handed to {@link PriceBook#with(PriceOverlay)}.
 */
public final class PriceOverlay {

    record VmKey(ArmSkuName sku, Region region, PricingOs os, PricingPlan plan) {
    }

    record DiskKey(DiskTierSku sku, Region region) {
    }

    record AvsKey(AvsNodeSku sku, Region region, PricingPlan plan) {
    }

    private final Map<VmKey, Money> vms = new HashMap<>();
    private final Map<DiskKey, Money> disks = new HashMap<>();
    private final Map<AvsKey, Money> avs = new HashMap<>();

    public PriceOverlay vm(ArmSkuName sku, Region region, PricingOs os, PricingPlan plan, Money hourly) {
        vms.put(new VmKey(sku, region, os, plan), hourly);
        return this;
    }

    public PriceOverlay diskTier(DiskTier tier, DiskRedundancy redundancy, Region region, Money monthly) {
        disks.put(new DiskKey(new DiskTierSku(tier, redundancy), region), monthly);
        return this;
    }

    public PriceOverlay avsNode(AvsNodeSku sku, Region region, PricingPlan plan, Money hourly) {
        avs.put(new AvsKey(sku, region, plan), hourly);
        return this;
    }

    public boolean isEmpty() {
        return vms.isEmpty() && disks.isEmpty() && avs.isEmpty();
    }

    Optional<Money> vm(ArmSkuName sku, Region region, PricingOs os, PricingPlan plan) {
        return Optional.ofNullable(vms.get(new VmKey(sku, region, os, plan)));
    }

    Optional<Money> diskTier(DiskTierSku sku, Region region) {
        return Optional.ofNullable(disks.get(new DiskKey(sku, region)));
    }

    Optional<Money> avsNode(AvsNodeSku sku, Region region, PricingPlan plan) {
        return Optional.ofNullable(avs.get(new AvsKey(sku, region, plan)));
    }

    PriceOverlay copy() {
        PriceOverlay c = new PriceOverlay();
        c.vms.putAll(vms);
        c.disks.putAll(disks);
        c.avs.putAll(avs);
        return c;
    }
}
