package dev.cloudfit.assess.sizing.price;

import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.catalog.DiskTierSpec;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.catalog.Region;
import dev.cloudfit.assess.catalog.VmSizeName;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

import java.util.Optional;

/**
 * Where sizing gets prices. The pricing module implements it over the Retail Prices API or a dated
 * snapshot; an empty answer means "no price known", never zero. Amounts must be in the assessment's
 * currency.
 */
public interface PriceSource {

    /** Hours in a billing month (8,760 / 12): what commitments and AVS hosts are billed for, whatever runs. */
    int HOURS_IN_BILLING_MONTH = 730;

    /** Effective hourly price of a VM size (a reservation's term total divided by its hours). */
    Optional<Money> vmHourly(VmSizeName size, Region region, PriceOs os, PricePlan plan);

    /**
     * Monthly price of a VM size running {@code runningHours} a month, as Azure bills it: reservations and savings
     * plans every hour of the 730-hour month, pay-as-you-go and Dev/Test the running hours. The price book's
     * implementation answers from the one pricing engine ({@code CostCalculator}), licences included; this default
     * serves small in-memory price tables.
     */
    default Optional<Money> vmMonthly(VmSizeName size, Region region, PriceOs os, PricePlan plan, int runningHours) {
        boolean committed = plan.commitment() != Commitment.PAY_AS_YOU_GO && plan.commitment() != Commitment.DEV_TEST;
        long hours = committed ? HOURS_IN_BILLING_MONTH : runningHours;
        return vmHourly(size, region, os, plan).map(h -> h.times(hours));
    }

    /** Monthly price of a fixed disk tier (P10, E4, S30 ...). */
    Optional<Money> diskTierMonthly(DiskTierSpec tier, DiskRedundancy redundancy, Region region);

    /** Hourly meters of Premium SSD v2 or Ultra. */
    Optional<ProvisionedDiskRates> provisionedDiskRates(DiskType type, DiskRedundancy redundancy, Region region);

    /**
     * Monthly price of one Premium SSD v2 or Ultra disk of {@code capacity} (whole GiB, rounded up), {@code iops}
     * and {@code mbps}, over the whole billing month ({@link #HOURS_IN_BILLING_MONTH}): each meter × its quantity
     * above the free baseline. Never over the VM's running hours: a managed disk exists, and its provisioned
     * meters are billed, every hour whether its VM runs or is deallocated — Microsoft's "States and billing status
     * of Azure Virtual Machines" (https://learn.microsoft.com/azure/virtual-machines/states-billing): deallocated
     * VMs do not incur compute charges, "some Azure resources, such as disks and networking, incur charges"
     * (checked 2026-12-07; see docs/pricing.md). The price book's implementation answers from the one pricing
     * engine ({@code CostCalculator}); this
     * default serves small in-memory price tables.
     */
    default Optional<Money> provisionedDiskMonthly(DiskType type, DiskRedundancy redundancy, Region region,
            DataSize capacity, long iops, long mbps) {
        return provisionedDiskRates(type, redundancy, region).map(rate -> {
            BigDecimal gib = BigDecimal.valueOf(capacity.bytes()).divide(BigDecimal.valueOf(DataSize.GIB), 0,
                    RoundingMode.CEILING);
            Money hourly = rate.perGibHour().times(gib)
                    .plus(rate.perIopsHour().times(Math.max(0, iops - rate.freeIops())))
                    .plus(rate.perMbpsHour().times(Math.max(0, mbps - rate.freeMbps())));
            return hourly.times(HOURS_IN_BILLING_MONTH);
        });
    }

    /** Throughput as the provisioned-disk meters bill it: whole MB/s, rounded up. */
    static long billedMbps(double mbps) {
        return (long) Math.ceil(mbps);
    }

    /** Hourly price of one AVS host of a node type (AV36, AV36P, AV48, AV52, AV64). */
    Optional<Money> avsNodeHourly(String nodeType, Region region, PricePlan plan);
}
