package dev.cloudfit.assess.pricing.scenario;

import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PricingOs;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.ProvisionedDiskRates;
import dev.cloudfit.assess.pricing.ProvisionedDiskType;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.licence.LicenceMeter;
import dev.cloudfit.assess.pricing.licence.LinuxLicencePrices;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices items under every scenario of a set, from one {@link PriceBook}. The rules (see {@code docs/pricing.md}):
 * <ul>
 * <li>VM monthly = hourly price × hours × (1 − compute discount); pay-as-you-go and Dev/Test count the hours the
 * VM runs, reservations and savings plans every hour of the month; annual = monthly × 12.</li>
 * <li>Windows uses the Windows rows; with Azure Hybrid Benefit the base (Linux) rows. Under a reservation or savings
 * plan without a Windows price of its own (the API sells reservations and savings plans for the base meters only,
 * bar a few series), Windows is the Linux commitment billed every hour plus a second compute line, the Windows
 * licence (Windows − Linux pay-as-you-go per hour), billed per running hour like pay-as-you-go.
 * RHEL and SLES use the base
 * rows plus their software meter ({@link LinuxLicencePrices}, per vCPU band, billed per running hour in every
 * plan); without a meter the VM's cost is missing (never the bare base rate); with AHB (bring your own
 * subscription) the base rows are the whole price.</li>
 * <li>A VM is priced whole or not at all: when any price it needs is missing it has no line, only the missing
 * prices, so the scenario's totals cover exactly the VMs with lines.</li>
 * <li>Dev/Test: Windows from its DevTestConsumption row; the licence-free meters have no Dev/Test row and are billed
 * at their pay-as-you-go rate, which is used.</li>
 * <li>Disks are pay-as-you-go in every scenario: a tier's monthly price; Premium SSD v2 and Ultra from their
 * hourly meters × hours (v2 bills IOPS above 3,000 and MB/s above 125 only), less the storage discount.</li>
 * </ul>
 */
public final class CostCalculator {

    private static final BigDecimal MONTHS = BigDecimal.valueOf(12);
    private static final long V2_FREE_IOPS = 3_000;
    private static final long V2_FREE_MBPS = 125;

    private final PriceBook book;
    private final ScenarioSettings settings;
    private final LinuxLicencePrices licences;

    /** Licence meters from the embedded table (USD only; none in other currencies). */
    public CostCalculator(PriceBook book, ScenarioSettings settings) {
        this(book, settings, LinuxLicencePrices.embedded(settings.currency()));
    }

    public CostCalculator(PriceBook book, ScenarioSettings settings, LinuxLicencePrices licences) {
        if (!book.currency().equals(settings.currency())) {
            throw new BadInputException("the prices are in " + book.currency().getCurrencyCode() + ", the scenarios ask for "
                    + settings.currency().getCurrencyCode() + ": prices are never converted; refresh prices in "
                    + settings.currency().getCurrencyCode());
        }
        if (!licences.currency().equals(settings.currency())) {
            throw new IllegalArgumentException("licence meters in " + licences.currency() + " for scenarios in "
                    + settings.currency());
        }
        this.book = book;
        this.settings = settings;
        this.licences = licences;
    }

    public List<ScenarioCost> price(List<? extends PricedItem> items, ScenarioSet set) {
        List<ScenarioCost> costs = new ArrayList<>();
        for (Scenario scenario : set.scenarios()) {
            costs.add(price(items, scenario));
        }
        return costs;
    }

    public ScenarioCost price(List<? extends PricedItem> items, Scenario scenario) {
        List<CostLine> lines = new ArrayList<>();
        List<MissingPrice> missing = new ArrayList<>();
        for (PricedItem item : items) {
            if (item instanceof VmItem vm) {
                priceVm(vm, scenario, lines, missing);
            } else if (item instanceof DiskItem disk) {
                priceDisk(disk, scenario, lines, missing);
            }
        }
        Money monthly = Money.zero(settings.currency());
        for (CostLine l : lines) {
            monthly = monthly.plus(l.monthly());
        }
        return new ScenarioCost(scenario, lines, missing, monthly, monthly.times(MONTHS));
    }

    /**
     * The lines of one VM in one scenario: its compute and, for RHEL/SLES without AHB, its licence meter; or,
     * when any price it needs is missing, no line and the missing prices (a VM is priced whole or not at all).
     */
    public ScenarioCost priceVm(VmItem vm, Scenario scenario) {
        List<CostLine> lines = new ArrayList<>();
        List<MissingPrice> missing = new ArrayList<>();
        priceVm(vm, scenario, lines, missing);
        Money monthly = Money.zero(settings.currency());
        for (CostLine l : lines) {
            monthly = monthly.plus(l.monthly());
        }
        return new ScenarioCost(scenario, lines, missing, monthly, monthly.times(MONTHS));
    }

    private void priceVm(VmItem vm, Scenario scenario, List<CostLine> lines, List<MissingPrice> missing) {
        Region region = scenario.regionFor(vm);
        PricingPlan plan = scenario.plan();
        boolean windowsRows = vm.licence() == VmLicence.WINDOWS && (!scenario.hybridBenefit()
                || plan == PricingPlan.DEV_TEST);
        PricingOs os = windowsRows ? PricingOs.WINDOWS : PricingOs.LINUX;
        PricingPlan lookup = plan == PricingPlan.DEV_TEST && os == PricingOs.LINUX ? PricingPlan.PAYG : plan;
        // the rate as a reader names it (the Price inputs sheet's "Rate for"): westeurope Standard_D2s_v5, Linux,
        // 1-year reservation
        String what = region.name() + " " + vm.size() + ", " + (os == PricingOs.WINDOWS ? "Windows" : "Linux") + ", "
                + plan.words();
        List<MissingPrice> gaps = new ArrayList<>();
        // Windows under a reservation or savings plan without a price of its own: the Linux commitment, billed every
        // hour, plus the Windows licence (Windows − Linux pay-as-you-go), billed per running hour as Azure bills it
        boolean splitLicence = os == PricingOs.WINDOWS && BillingHours.committed(plan)
                && book.ownCommittedHourly(vm.size(), region, os, plan).isEmpty();
        Optional<Money> windowsLicence = splitLicence ? book.windowsLicenceHourly(vm.size(), region) : Optional.empty();
        Optional<Money> hourly = splitLicence
                ? book.vmHourly(vm.size(), region, PricingOs.LINUX, plan).filter(h -> windowsLicence.isPresent())
                : book.vmHourly(vm.size(), region, os, lookup);
        if (hourly.isEmpty()) {
            gaps.add(new MissingPrice(vm.id(), what, whyVmMissing(os, plan), Optional.of(
                    new MissingPrice.RateGap(CostCategory.COMPUTE, BillingHours.committed(plan)))));
        }
        boolean licensed = (vm.licence() == VmLicence.RHEL || vm.licence() == VmLicence.SLES)
                && !scenario.hybridBenefit();
        Optional<LicenceMeter> meter = licensed ? licences.meter(vm.licence(), vm.vcpus()) : Optional.empty();
        if (licensed && meter.isEmpty()) {
            gaps.add(new MissingPrice(vm.id(), vm.licence() + " licence, " + vm.vcpus() + " vCPU",
                    licences.whyMissing(vm.licence(), vm.vcpus()), vm.vcpus() > 0 ? Optional.of(
                            new MissingPrice.RateGap(CostCategory.LICENCE, false)) : Optional.empty()));
        }
        if (!gaps.isEmpty()) {
            missing.addAll(gaps);
            return;
        }
        BigDecimal hours = BillingHours.compute(plan, vm.runningHoursPerMonth(), settings.hoursPerMonth());
        BigDecimal factor = settings.discount().factor(CostCategory.COMPUTE);
        Money monthly = hourly.get().times(hours).times(factor);
        String basis = (splitLicence ? PricingOs.LINUX : os) + " " + lookup
                + (lookup != plan ? " (no Dev/Test row for licence-free meters)" : "")
                + " " + hourly.get().amount().stripTrailingZeros().toPlainString() + " "
                + settings.currency().getCurrencyCode() + "/h" + hourNote(plan) + " × " + hours.toPlainString() + " h"
                + (BillingHours.committed(plan) ? " (billed every hour of the month)" : "") + discountNote(factor);
        lines.add(new CostLine(vm.id(), CostCategory.COMPUTE, region, monthly, monthly.times(MONTHS), basis,
                BillingHours.committed(plan) ? Optional.empty() : hourly));
        if (windowsLicence.isPresent()) {
            BigDecimal running = BillingHours.running(vm.runningHoursPerMonth(), settings.hoursPerMonth());
            Money wm = windowsLicence.get().times(running).times(factor);
            lines.add(new CostLine(vm.id(), CostCategory.COMPUTE, region, wm, wm.times(MONTHS), "Windows licence "
                    + windowsLicence.get().amount().stripTrailingZeros().toPlainString() + " "
                    + settings.currency().getCurrencyCode() + "/h (Windows − Linux pay-as-you-go) × "
                    + running.toPlainString() + " running h" + discountNote(factor), windowsLicence));
        }
        if (meter.isPresent()) {
            LicenceMeter m = meter.get();
            BigDecimal running = BillingHours.running(vm.runningHoursPerMonth(), settings.hoursPerMonth());
            BigDecimal lf = settings.discount().factor(CostCategory.LICENCE);
            Money lm = m.hourly().times(running).times(lf);
            lines.add(new CostLine(vm.id(), CostCategory.LICENCE, region, lm, lm.times(MONTHS), m.product() + " "
                    + m.band() + " licence " + m.hourly().amount().stripTrailingZeros().toPlainString() + " "
                    + settings.currency().getCurrencyCode() + "/h × " + running.toPlainString() + " running h ("
                    + m.source() + ")" + discountNote(lf), Optional.of(m.hourly())));
        }
    }

    private static String whyVmMissing(PricingOs os, PricingPlan plan) {
        return switch (plan) {
            case PAYG -> "the price list has no pay-as-you-go row for this size in this region";
            case DEV_TEST -> "the price list has no Dev/Test row for this size in this region (Dev/Test rows exist "
                    + "only for licence-bearing meters, and only where the source fetched them)";
            case RI1Y, RI3Y -> "the price list has no reservation row for this size in this region"
                    + (os == PricingOs.WINDOWS ? " (nor a Linux reservation plus Windows pay-as-you-go licence)" : "");
            case SP1Y, SP3Y -> "the price list has no savings-plan price for this size in this region"
                    + (os == PricingOs.WINDOWS ? " (nor a Linux savings plan plus Windows pay-as-you-go licence)" : "");
        };
    }

    private static String hourNote(PricingPlan plan) {
        return switch (plan) {
            case RI1Y -> " (reservation total / 8,760 h)";
            case RI3Y -> " (reservation total / 26,280 h)";
            default -> "";
        };
    }

    private void priceDisk(DiskItem disk, Scenario scenario, List<CostLine> lines, List<MissingPrice> missing) {
        Region region = scenario.regionFor(disk);
        BigDecimal factor = settings.discount().factor(CostCategory.STORAGE);
        if (disk.spec() instanceof DiskSpec.Tier t) {
            Optional<Money> monthly = book.diskTierMonthly(t.tier(), t.redundancy(), region);
            if (monthly.isEmpty()) {
                missing.add(new MissingPrice(disk.id(), region.name() + " " + t.tier() + " " + t.redundancy(),
                        "the price list has no monthly row for this disk tier in this region"));
                return;
            }
            Money m = monthly.get().times(factor);
            lines.add(new CostLine(disk.id(), CostCategory.STORAGE, region, m, m.times(MONTHS), t.tier() + " "
                    + t.redundancy() + " " + monthly.get().amount().stripTrailingZeros().toPlainString() + " "
                    + settings.currency().getCurrencyCode() + "/month" + discountNote(factor), Optional.empty()));
        } else if (disk.spec() instanceof DiskSpec.Provisioned p) {
            Optional<ProvisionedDiskRates> rates = book.provisionedDiskRates(p.type(), region);
            if (rates.isEmpty()) {
                missing.add(new MissingPrice(disk.id(), region.name() + " " + p.type(),
                        "the price list lacks the capacity, IOPS or throughput meter for this disk type here"));
                return;
            }
            lines.add(provisionedLine(disk, p, rates.get(), region, factor));
        }
    }

    private CostLine provisionedLine(DiskItem disk, DiskSpec.Provisioned p, ProvisionedDiskRates r, Region region,
            BigDecimal factor) {
        BigDecimal h = settings.hoursPerMonth();
        BigDecimal gib = wholeGib(p.capacity());
        boolean v2 = p.type() == ProvisionedDiskType.PREMIUM_SSD_V2;
        long iops = v2 ? Math.max(0, p.iops() - V2_FREE_IOPS) : p.iops();
        long mbps = v2 ? Math.max(0, p.throughputMBps() - V2_FREE_MBPS) : p.throughputMBps();
        Money hourly = r.capacityPerGib().perHour(h).times(gib)
                .plus(r.perIops().perHour(h).times(iops))
                .plus(r.perMbps().perHour(h).times(mbps));
        Money monthly = hourly.times(h).times(factor);
        String basis = p.type() + " (" + gib.toPlainString() + " GiB × " + plain(r.capacityPerGib().perHour(h))
                + " + " + iops + " IOPS × " + plain(r.perIops().perHour(h)) + " + " + mbps + " MB/s × "
                + plain(r.perMbps().perHour(h)) + (v2 ? "; 3,000 IOPS and 125 MB/s included" : "") + ") "
                + settings.currency().getCurrencyCode() + "/h × " + h.toPlainString() + " h" + discountNote(factor);
        return new CostLine(disk.id(), CostCategory.STORAGE, region, monthly, monthly.times(MONTHS), basis,
                Optional.empty());
    }

    private static BigDecimal wholeGib(DataSize size) {
        return BigDecimal.valueOf(size.bytes()).divide(BigDecimal.valueOf(DataSize.GIB), 0, RoundingMode.CEILING);
    }

    private static String plain(Money m) {
        return m.amount().stripTrailingZeros().toPlainString();
    }

    private String discountNote(BigDecimal factor) {
        return factor.compareTo(BigDecimal.ONE) == 0 ? ""
                : " × " + factor.stripTrailingZeros().toPlainString() + " (discount "
                        + settings.discount().percent().stripTrailingZeros().toPlainString() + " %)";
    }
}
