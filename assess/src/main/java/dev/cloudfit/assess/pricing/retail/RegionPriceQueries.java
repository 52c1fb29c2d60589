package dev.cloudfit.assess.pricing.retail;

import static dev.cloudfit.assess.pricing.retail.PriceFilter.and;
import static dev.cloudfit.assess.pricing.retail.PriceFilter.or;

import dev.cloudfit.assess.pricing.Region;
import java.util.List;

/**
 * The queries that fill a {@code PriceBook} for one region, one per (service, region) as the research recommends:
 * every VM row (all price types, so reservations and Dev/Test come along; Spot and the rest are classified, not
 * filtered out here), the managed-disk products, and the AVS nodes (which may be absent from a region, so an empty
 * answer is allowed there).
 */
public final class RegionPriceQueries {

    private RegionPriceQueries() {
    }

    public static List<PriceQuery> forRegion(Region region) {
        if (region.isGlobal()) {
            throw new IllegalArgumentException("prices are fetched per region, not for global meters");
        }
        PriceFilter where = PriceFilter.region(region.name());
        PriceQuery vms = PriceQuery.of(and(PriceFilter.serviceName("Virtual Machines"), where));
        PriceQuery disks = PriceQuery.of(and(PriceFilter.serviceName("Storage"), where,
                or(PriceFilter.productNameContains("Managed Disks"),
                        PriceFilter.eq(FilterField.PRODUCT_NAME, "Azure Premium SSD v2"),
                        PriceFilter.eq(FilterField.PRODUCT_NAME, "Ultra Disks"))));
        PriceQuery avs = PriceQuery.of(and(PriceFilter.productNameContains("Azure VMware Solution"), where))
                .mayBeEmpty();
        return List.of(vms, disks, avs);
    }
}
