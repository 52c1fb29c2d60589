package dev.cloudfit.assess.onprem;

import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the on-premises monthly cost of an estate. Per host, a month costs:
 * <pre>
 *   hardware       = purchase price / amortisation months
 *   licences       = max(cores, sockets × minimum cores per socket) × price per core per year / 12
 *   support        = purchase price × support % / 100 / 12
 *   power, cooling = watts / 1000 × PUE × price per kWh × hours per month
 *   space          = rack units × price per rack unit per month
 *   administration = admin hours per month × hourly rate
 * </pre>
 * summed over the inventory's hosts, plus storage = TiB provisioned × price per TiB per month (TiB = 2^40 bytes,
 * the VMs' virtual disk capacity rounded to 0.01 TiB, see {@link #provisionedStorage}); or, in the per-VM mode,
 * VMs × the flat rate (which is taken to include storage). The term total is the monthly
 * total × term months. Amounts keep full precision; round for display.
 */
public final class OnPremCostModel {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OnPremCostModel() {
    }

    /**
     * The storage the on-premises estate holds for its VMs: the sum of every inventoried VM's virtual disk
     * capacity ({@link Vm#diskCapacity()}, provisioned, not in use), templates included since they occupy
     * datastores too.
     */
    public static DataSize provisionedStorage(List<Vm> vms) {
        DataSize total = DataSize.ZERO;
        for (Vm v : vms) {
            total = total.plus(v.diskCapacity());
        }
        return total;
    }

    /**
     * The VMs a per-VM rate is charged for: every inventoried VM but templates (a template runs no workload; its
     * disks are counted in {@link #provisionedStorage}). The On-premises sheet and {@code onprem-costs} both count
     * this way, so their per-VM totals agree.
     */
    public static int perVmCount(List<Vm> vms) {
        return (int) vms.stream().filter(v -> !v.template()).count();
    }

    /**
     * The size in TiB (2^40 bytes) rounded half up to 0.01 TiB (about 10 GiB): the sheet's storage quantity, which
     * the sheet shows with two decimals, so the figure a reader sees is the one multiplied.
     */
    public static BigDecimal tebibytes(DataSize size) {
        return BigDecimal.valueOf(size.bytes()).divide(BigDecimal.valueOf(DataSize.TIB), 2, RoundingMode.HALF_UP);
    }

    /**
     * The cost of {@link #lines}, each line's quantity × monthly cost per unit rounded to the currency's minor unit
     * as the On-premises sheet rounds it ({@code ROUND(B*D, 2)}), and their sum: the command and the sheet give the
     * same total to the cent.
     */
    public static OnPremEstimate estimate(OnPremCostInputs in, List<Host> hosts, int vmCount, DataSize storage) {
        Map<OnPremCostComponent, Money> monthly = new EnumMap<>(OnPremCostComponent.class);
        List<String> notes = new ArrayList<>();
        long cores = 0;
        long licensed = 0;
        int unknownCores = 0;
        for (Host h : hosts) {
            if (h.cpuCores() <= 0) {
                unknownCores++;
                continue;
            }
            cores += h.cpuCores();
            licensed += Math.max(h.cpuCores(), (long) h.cpuSockets() * in.minimumCoresPerSocket());
        }
        Money total = Money.zero(in.currency());
        for (OnPremLine line : lines(in, hosts, vmCount, storage)) {
            Money m = line.monthlyPerUnit().times(line.quantity()).rounded();
            monthly.put(line.component(), m);
            total = total.plus(m);
        }
        if (in.mode() != OnPremCostMode.PER_VM && unknownCores > 0) {
            notes.add(unknownCores + " of " + hosts.size() + " hosts have no core count in the inventory: "
                    + "their VMware licences are not counted");
        }
        return new OnPremEstimate(hosts.size(), cores, licensed, vmCount, tebibytes(storage), monthly, total,
                in.termMonths(), total.times(in.termMonths()), notes);
    }

    /**
     * The same cost as {@link #estimate} as quantity × monthly cost per unit lines, for a sheet whose
     * quantities and rates a reader edits: hosts, licensed cores (the larger of cores and sockets × the minimum
     * per socket), rack units, admin hours, TiB of provisioned storage; or VMs in the per-VM mode.
     */
    public static List<OnPremLine> lines(OnPremCostInputs in, List<Host> hosts, int vmCount, DataSize storage) {
        if (in.mode() == OnPremCostMode.PER_VM) {
            return List.of(new OnPremLine(OnPremCostComponent.PER_VM_RATE, BigDecimal.valueOf(vmCount), "VM",
                    in.perVmMonthly().orElseThrow(), "flat monthly rate per VM"));
        }
        long licensed = 0;
        for (Host h : hosts) {
            if (h.cpuCores() > 0) {
                licensed += Math.max(h.cpuCores(), (long) h.cpuSockets() * in.minimumCoresPerSocket());
            }
        }
        BigDecimal n = BigDecimal.valueOf(hosts.size());
        Money purchase = in.hardwarePerHost();
        List<OnPremLine> lines = new ArrayList<>();
        lines.add(new OnPremLine(OnPremCostComponent.HARDWARE, n, "host",
                divide(purchase, BigDecimal.valueOf(in.amortisationMonths())),
                "purchase price over " + in.amortisationMonths() + " months"));
        lines.add(new OnPremLine(OnPremCostComponent.VMWARE_LICENCES, BigDecimal.valueOf(licensed), "licensed core",
                divide(in.vmwareLicencePerCorePerYear(), TWELVE),
                "price per core per year / 12; at least " + in.minimumCoresPerSocket() + " cores per socket"));
        lines.add(new OnPremLine(OnPremCostComponent.SUPPORT, n, "host",
                divide(purchase.times(in.supportPercentPerYear()), HUNDRED.multiply(TWELVE)),
                in.supportPercentPerYear().stripTrailingZeros().toPlainString()
                        + " % of the purchase price per year"));
        lines.add(new OnPremLine(OnPremCostComponent.POWER_AND_COOLING, n, "host",
                in.pricePerKwh().times(in.wattsPerHost().divide(THOUSAND, MathContext.DECIMAL128)).times(in.pue())
                        .times(in.hoursPerMonth()),
                in.wattsPerHost().stripTrailingZeros().toPlainString() + " W × PUE "
                        + in.pue().stripTrailingZeros().toPlainString() + " × "
                        + in.hoursPerMonth().stripTrailingZeros().toPlainString() + " h"));
        lines.add(new OnPremLine(OnPremCostComponent.DATACENTER_SPACE, n.multiply(in.rackUnitsPerHost()), "rack unit",
                in.pricePerRackUnitPerMonth(),
                in.rackUnitsPerHost().stripTrailingZeros().toPlainString() + " rack units per host"));
        lines.add(new OnPremLine(OnPremCostComponent.ADMINISTRATION, n.multiply(in.adminHoursPerHostPerMonth()),
                "admin hour", in.adminHourlyRate(),
                in.adminHoursPerHostPerMonth().stripTrailingZeros().toPlainString() + " hours per host per month"));
        lines.add(new OnPremLine(OnPremCostComponent.STORAGE, tebibytes(storage), "TiB", in.storagePerTibPerMonth(),
                "VMs' provisioned virtual disk capacity, TiB = 2^40 bytes"));
        return lines;
    }

    private static Money divide(Money m, BigDecimal by) {
        return new Money(m.amount().divide(by, MathContext.DECIMAL128), m.currency());
    }
}
