package dev.cloudfit.assess.pricing.scenario;

import dev.cloudfit.assess.pricing.Region;

/** Something to price: a VM or a managed disk, in a region, with an id the report shows. */
public sealed interface PricedItem permits VmItem, DiskItem {

    String id();

    Region region();
}
