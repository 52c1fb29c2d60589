package dev.cloudfit.assess.collect;

import dev.cloudfit.vsphere.session.AboutInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * What a finished collection reports: the vCenter, the run and workspace, the inventory counts,
 * the performance outcome, warnings and the duration.
 *
 * @param server the vCenter as the user named it
 * @param about what it said it is
 * @param runId the run in the workspace
 * @param workspace the workspace folder
 * @param vms VMs collected (templates included)
 * @param templates templates among them
 * @param hosts hosts collected
 * @param datacenters datacenters the VMs and hosts are in
 * @param perf what performance collection stored
 * @param warnings warnings raised while mapping
 * @param duration wall time of the whole run
 */
public record CollectSummary(String server, AboutInfo about, long runId, Path workspace, int vms, int templates,
                             int hosts, int datacenters, PerfOutcome perf, long warnings, Duration duration) {

    public CollectSummary {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(about, "about");
        Objects.requireNonNull(perf, "perf");
        Objects.requireNonNull(duration, "duration");
    }

    /** @return VMs per second over the whole run */
    public double vmsPerSecond() {
        double seconds = Math.max(1e-3, duration.toNanos() / 1e9);
        return vms / seconds;
    }

    /** @return the summary as printed at the end of {@code cloudfit collect} */
    public String text() {
        String performance = perf.collected()
                ? String.format(Locale.ROOT, "%,d samples, %,d gaps%s", perf.samples(), perf.gaps(),
                        perf.covered() == null ? "" : ", " + perf.covered().start() + " to " + perf.covered().end())
                : "not collected (inventory only)";
        return String.format(Locale.ROOT, "collected %s (%s, instance %s): %d VMs (%d templates), %d hosts in %d datacenters"
                        + "%s%nperformance: %s%nrun %d complete in %s, %.1f s (%.0f VMs/s)",
                server, about.fullName(), about.instanceUuid(), vms, templates, hosts, datacenters,
                warnings == 0 ? "" : String.format(Locale.ROOT, ", %d warnings", warnings), performance, runId, workspace,
                duration.toNanos() / 1e9, vmsPerSecond());
    }
}
