package dev.cloudfit.assess.pricing.scenario;

import dev.cloudfit.assess.pricing.Region;
import java.util.Objects;

/** A managed disk to price. Disks are priced pay-as-you-go in every scenario (see {@code docs/pricing.md}). */
public record DiskItem(String id, DiskSpec spec, Region region) implements PricedItem {

    public DiskItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(region, "region");
    }
}
