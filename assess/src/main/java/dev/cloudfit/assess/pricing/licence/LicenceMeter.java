package dev.cloudfit.assess.pricing.licence;

import dev.cloudfit.assess.pricing.scenario.VmLicence;
import dev.cloudfit.core.units.Money;
import java.util.Objects;

/**
 * One RHEL or SLES software meter: the hourly price for VMs of {@code minVcpus} to {@code maxVcpus} vCPUs
 * ({@code maxVcpus} 0: no upper bound), billed on top of the base (Linux) compute rate for every hour the VM runs.
 *
 * @param product the meter's product name, e.g. {@code Red Hat Enterprise Linux}
 * @param source where the price came from, for the cost line's basis
 */
public record LicenceMeter(VmLicence licence, String product, int minVcpus, int maxVcpus, Money hourly,
        String source) {

    public LicenceMeter {
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(hourly, "hourly");
        Objects.requireNonNull(source, "source");
        if (minVcpus < 1 || maxVcpus < 0 || (maxVcpus > 0 && maxVcpus < minVcpus)) {
            throw new IllegalArgumentException("bad vCPU band " + minVcpus + ".." + maxVcpus + " for " + product);
        }
        if (hourly.amount().signum() < 0) {
            throw new IllegalArgumentException("a licence price cannot be negative: " + product);
        }
    }

    /** Whether a VM of {@code vcpus} vCPUs is billed on this meter. */
    public boolean covers(int vcpus) {
        return vcpus >= minVcpus && (maxVcpus == 0 || vcpus <= maxVcpus);
    }

    /** {@code 1-2 vCPU}, {@code 4 vCPU}, {@code 5+ vCPU}. */
    public String band() {
        return maxVcpus == minVcpus ? minVcpus + " vCPU" : maxVcpus == 0 ? minVcpus + "+ vCPU"
                : minVcpus + "-" + maxVcpus + " vCPU";
    }
}
