package dev.cloudfit.assess.collect;

import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.vsphere.session.VcenterSession;
import java.util.Objects;

/**
 * Everything a performance collection gets from the run: the logged-in session, the collected VMs
 * (references and counter instances), the workspace and run to store samples into
 * ({@code workspace.appender(runId)}), the settings ({@code days}, {@code parallel}) and the progress.
 *
 * @param session logged-in vim25 session
 * @param inventory what the inventory collection read
 * @param workspace the open workspace (one thread at a time: samples go through one appender)
 * @param runId the running run
 * @param settings the command's settings
 * @param progress where to report VMs done and samples
 */
public record PerfRequest(VcenterSession session, CollectedInventory inventory, Workspace workspace, long runId,
                          CollectSettings settings, CollectProgress progress) {

    public PerfRequest {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(progress, "progress");
    }
}
