package dev.cloudfit.assess.sizing.iaas;

import dev.cloudfit.assess.catalog.VmSizeSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a size meets a VM's needs, constraint by constraint. A limit the catalog does not know
 * (empty optional) counts as not met whenever there is a need for it, since the size cannot be shown to
 * meet it; with no need (one NIC, no data disks, no measured disk or network load) it is not checked.
 */
final class SizeCheck {

    private static final double EPSILON = 1e-9;
    private static final Constraint[] ALL = Constraint.values();

    private SizeCheck() {
    }

    static boolean meets(VmSizeSpec s, VmNeeds n, boolean premium, Constraint c) {
        return switch (c) {
            case GENERATION -> s.supports(n.generation());
            case PREMIUM_STORAGE -> !premium || s.premiumStorage();
            case DATA_DISKS -> n.dataDisks() == 0
                    || (s.maxDataDisks().isPresent() && s.maxDataDisks().getAsInt() >= n.dataDisks());
            case DISK_IOPS -> n.totalIops() <= EPSILON
                    || (s.uncachedDiskIops().isPresent() && s.uncachedDiskIops().getAsInt() + EPSILON >= n.totalIops());
            case DISK_MBPS -> n.totalMbps() <= EPSILON
                    || (s.uncachedDiskThroughput().isPresent()
                        && s.uncachedDiskThroughput().get().toMegabytesPerSecond() + EPSILON >= n.totalMbps());
            case NICS -> n.nics() <= 1 || (s.maxNics().isPresent() && s.maxNics().getAsInt() >= n.nics());
            case NETWORK -> n.network().isEmpty() || n.network().get().bytesPerSecond() == 0
                    || (s.networkBandwidth().isPresent() && s.networkBandwidth().get().compareTo(n.network().get()) >= 0);
            case CPU -> s.vcpus() + EPSILON >= n.cores();
            case MEMORY -> s.memory().compareTo(n.memory()) >= 0;
        };
    }

    static List<Constraint> failures(VmSizeSpec s, VmNeeds n, boolean premium) {
        List<Constraint> out = new ArrayList<>(2);
        for (Constraint c : Constraint.values()) {
            if (!meets(s, n, premium, c)) {
                out.add(c);
            }
        }
        return out;
    }

    static boolean fits(VmSizeSpec s, VmNeeds n, boolean premium) {
        for (Constraint c : ALL) {
            if (!meets(s, n, premium, c)) {
                return false;
            }
        }
        return true;
    }

    /** "2 vCPUs < 2.6 needed", for the report. */
    static String shortfall(VmSizeSpec s, VmNeeds n, Constraint c) {
        return switch (c) {
            case GENERATION -> "does not support Hyper-V generation " + n.generation();
            case PREMIUM_STORAGE -> "does not support premium storage, which the chosen disks need";
            case DATA_DISKS -> "takes " + s.maxDataDisks().stream().mapToObj(Integer::toString).findFirst().orElse("an unknown number of")
                    + " data disks < " + n.dataDisks() + " needed";
            case DISK_IOPS -> String.format(Locale.ROOT, "allows %s uncached IOPS < %.0f needed",
                    s.uncachedDiskIops().stream().mapToObj(Integer::toString).findFirst().orElse("unknown"), n.totalIops());
            case DISK_MBPS -> String.format(Locale.ROOT, "allows %s uncached < %.1f MB/s needed",
                    s.uncachedDiskThroughput().map(Object::toString).orElse("unknown MB/s"), n.totalMbps());
            case NICS -> "takes " + s.maxNics().stream().mapToObj(Integer::toString).findFirst().orElse("an unknown number of")
                    + " NICs < " + n.nics() + " needed";
            case NETWORK -> "offers " + s.networkBandwidth().map(Object::toString).orElse("unknown bandwidth")
                    + " < " + n.network().map(Object::toString).orElse("0 MB/s") + " needed";
            case CPU -> String.format(Locale.ROOT, "has %d vCPUs < %.2f needed", s.vcpus(), n.cores());
            case MEMORY -> "has " + s.memory() + " < " + n.memory() + " needed";
        };
    }

    /** The constraint with the least headroom on a size that fits, and its use (need / limit, 0..1). */
    static Tightest tightest(VmSizeSpec s, VmNeeds n) {
        Constraint best = Constraint.CPU;
        double use = n.cores() / s.vcpus();
        double mem = (double) n.memory().bytes() / s.memory().bytes();
        if (mem > use) {
            best = Constraint.MEMORY;
            use = mem;
        }
        if (n.dataDisks() > 0 && s.maxDataDisks().isPresent()) {
            double d = (double) n.dataDisks() / s.maxDataDisks().getAsInt();
            if (d > use) {
                best = Constraint.DATA_DISKS;
                use = d;
            }
        }
        if (n.totalIops() > 0 && s.uncachedDiskIops().isPresent()) {
            double d = n.totalIops() / s.uncachedDiskIops().getAsInt();
            if (d > use) {
                best = Constraint.DISK_IOPS;
                use = d;
            }
        }
        if (n.totalMbps() > 0 && s.uncachedDiskThroughput().isPresent()) {
            double d = n.totalMbps() / s.uncachedDiskThroughput().get().toMegabytesPerSecond();
            if (d > use) {
                best = Constraint.DISK_MBPS;
                use = d;
            }
        }
        if (n.nics() > 1 && s.maxNics().isPresent()) {
            double d = (double) n.nics() / s.maxNics().getAsInt();
            if (d > use) {
                best = Constraint.NICS;
                use = d;
            }
        }
        if (n.network().isPresent() && s.networkBandwidth().isPresent() && s.networkBandwidth().get().bytesPerSecond() > 0) {
            double d = (double) n.network().get().bytesPerSecond() / s.networkBandwidth().get().bytesPerSecond();
            if (d > use) {
                best = Constraint.NETWORK;
                use = d;
            }
        }
        return new Tightest(best, use);
    }

    record Tightest(Constraint constraint, double use) {
    }
}
