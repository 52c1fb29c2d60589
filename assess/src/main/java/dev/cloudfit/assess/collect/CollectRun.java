package dev.cloudfit.assess.collect;

import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Tag;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.workspace.RunCounts;
import dev.cloudfit.assess.workspace.RunSource;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.assess.workspace.perf.SummaryWindow;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.vsphere.property.RetrieveOptions;
import dev.cloudfit.vsphere.session.AboutInfo;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tls.Thumbprint;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One {@code cloudfit collect}: connect and log in, open the workspace, start a run named by the
 * vCenter (server name and instance UUID; version and build go into the inventory source), read the
 * inventory, add tags ({@link TagSource}), store the snapshot, collect performance history
 * ({@link PerformanceCollection}), mark the run complete, export Parquet if asked.
 *
 * <p>The workspace is opened only after the login, so a typo in the host name or the password
 * leaves no new folder behind. Once the run has started, any failure marks it interrupted before
 * it propagates (as {@link CollectInterruptedException}, keeping the cause's exit code): the
 * snapshot is stored in one transaction, samples through the appender, so the workspace stays
 * consistent and the next run starts clean.
 */
public final class CollectRun {

    private final CollectSettings settings;
    private final Credentials credentials;
    private final TransportSettings transport;
    private final TagSource tags;
    private final PerformanceCollection performance;
    private final CollectProgress progress;

    /**
     * @param settings what to collect, from where, into which workspace
     * @param credentials user and password
     * @param transport timeouts
     * @param tags where tags come from ({@link TagSource#NONE} for none)
     * @param performance how performance history is collected ({@link PerformanceCollection#NONE} for none)
     * @param progress progress bar or log lines
     */
    public CollectRun(CollectSettings settings, Credentials credentials, TransportSettings transport, TagSource tags,
                      PerformanceCollection performance, CollectProgress progress) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.tags = Objects.requireNonNull(tags, "tags");
        this.performance = Objects.requireNonNull(performance, "performance");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Runs the collection; see the class comment for the order and what a failure leaves. */
    public CollectSummary run() {
        long started = System.nanoTime();
        requireUsableExportFolder(settings.exportParquet());
        VcenterEndpoint endpoint = VcenterEndpoint.parse(settings.vcenter());
        VcenterTls tls = settings.thumbprint() == null ? VcenterTls.systemTrust()
                : VcenterTls.pinned(Thumbprint.parse(settings.thumbprint()));
        VcenterSession session = VcenterSession.connect(endpoint, tls, transport, credentials);
        try {
            AboutInfo about = session.serviceContent().about();
            if (!about.isVcenter()) {
                throw new BadInputException(endpoint.host() + " is " + about.fullName() + " (API type " + about.apiType()
                        + "), not a vCenter Server: point --vcenter at the vCenter that manages it");
            }
            try (Workspace workspace = Workspace.open(settings.workspace())) {
                long runId = workspace.runs().start(RunSource.vcenter(endpoint.host(), about.instanceUuid()));
                CollectSummary summary;
                try {
                    summary = collect(session, endpoint, tls, about, workspace, runId, started);
                } catch (RuntimeException e) {
                    throw interrupted(workspace, runId, endpoint, e);
                } finally {
                    progress.finished();
                }
                if (settings.exportParquet() != null) {
                    workspace.exportParquet(settings.exportParquet());
                }
                return summary;
            }
        } finally {
            logoutQuietly(session);
        }
    }

    private CollectSummary collect(VcenterSession session, VcenterEndpoint endpoint, VcenterTls tls, AboutInfo about,
                                   Workspace workspace, long runId, long started) {
        CollectedInventory collected = new VcenterInventoryCollector(session, endpoint.host(),
                new RetrieveOptions(settings.pageSize())).collect(progress);
        collected = withTags(collected, tags.tagsOf(endpoint, tls, credentials, collected));
        Inventory inventory = collected.inventory();
        workspace.storeInventory(runId, inventory);
        PerfOutcome perf = performance.collect(new PerfRequest(session, collected, workspace, runId, settings, progress));
        workspace.runs().complete(runId, perf.covered(),
                new RunCounts(inventory.vms().size(), inventory.hosts().size(), perf.samples()));
        // the first assessment then reads summaries instead of sorting every sample (100,000 VMs: ~23 s)
        progress.summariesStarted();
        long summarising = System.nanoTime();
        workspace.summaries().prepareEnding(SummaryWindow.DEFAULT_LENGTH).ifPresent(w -> progress.summariesDone(
                workspace.summaries().cachedSeries(w), w.name(), Duration.ofNanos(System.nanoTime() - summarising)));
        int templates = (int) inventory.vms().stream().filter(Vm::template).count();
        Set<String> datacenters = new HashSet<>();
        inventory.vms().forEach(v -> addIfKnown(datacenters, v.placement().datacenter()));
        inventory.hosts().forEach(h -> addIfKnown(datacenters, h.datacenter()));
        return new CollectSummary(endpoint.host(), about, runId, workspace.folder(), inventory.vms().size(), templates,
                inventory.hosts().size(), datacenters.size(), perf, inventory.source().warningTotal(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private static void addIfKnown(Set<String> names, String name) {
        if (name != null) {
            names.add(name);
        }
    }

    /**
     * The collected inventory with each VM's tags added (VMs without tags unchanged) and the tag
     * source's warnings counted in the inventory source.
     */
    static CollectedInventory withTags(CollectedInventory collected, TagsRead read) {
        Map<ManagedObjectReference, List<Tag>> tagsByVm = read.byVm();
        if (tagsByVm.isEmpty() && read.warnings().isEmpty()) {
            return collected;
        }
        List<CollectedVm> vms = new ArrayList<>();
        for (CollectedVm c : collected.vms()) {
            List<Tag> vmTags = tagsByVm.getOrDefault(c.ref(), List.of());
            if (vmTags.isEmpty()) {
                vms.add(c);
                continue;
            }
            Vm.Builder b = c.vm().toBuilder();
            vmTags.forEach(b::tag);
            vms.add(new CollectedVm(c.ref(), b.build(), c.diskInstances(), c.nicInstances()));
        }
        List<Host> hosts = collected.inventory().hosts();
        InventorySource source = collected.inventory().source();
        if (!read.warnings().isEmpty()) {
            List<ImportWarning> warnings = new ArrayList<>(source.warnings());
            warnings.addAll(read.warnings());
            Map<String, Long> counts = new LinkedHashMap<>(source.warningCounts());
            read.warnings().forEach(w -> counts.merge(w.code(), 1L, Long::sum));
            source = new InventorySource(source.kind(), source.name(), source.sha256(), source.formatVersion(),
                    source.fieldSources(), warnings, counts);
        }
        Inventory inventory = new Inventory(vms.stream().map(CollectedVm::vm).toList(), hosts, source);
        return new CollectedInventory(inventory, vms, collected.about());
    }

    private static CollectInterruptedException interrupted(Workspace workspace, long runId, VcenterEndpoint endpoint,
                                                           RuntimeException cause) {
        String marked;
        try {
            workspace.runs().interrupt(runId);
            marked = "run " + runId + " is marked interrupted in " + workspace.folder()
                    + " (what it stored stays; collect again for a complete run)";
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            marked = "run " + runId + " could not be marked interrupted now; the next open of " + workspace.folder()
                    + " marks it";
        }
        return new CollectInterruptedException("collection from " + endpoint.host() + " stopped: "
                + cause.getMessage() + "; " + marked, marked, cause);
    }

    /** Checked before connecting: finding out after a long collection would waste it. */
    private static void requireUsableExportFolder(java.nio.file.Path folder) {
        if (folder == null || !java.nio.file.Files.exists(folder)) {
            return;
        }
        if (!java.nio.file.Files.isDirectory(folder)) {
            throw new BadInputException(dev.cloudfit.core.error.InputLocation.of(folder),
                    "the --export-parquet folder must not exist or be empty; this is a file");
        }
        try (var entries = java.nio.file.Files.list(folder)) {
            if (entries.findAny().isPresent()) {
                throw new BadInputException(dev.cloudfit.core.error.InputLocation.of(folder),
                        "the --export-parquet folder must not exist or be empty");
            }
        } catch (java.io.IOException e) {
            throw new BadInputException(dev.cloudfit.core.error.InputLocation.of(folder),
                    "cannot read the --export-parquet folder: " + e.getMessage(), e);
        }
    }

    private static void logoutQuietly(VcenterSession session) {
        try {
            session.close();
        } catch (CloudfitException | IllegalStateException ignored) {
            // the server or the session is gone; nothing to log out from
        }
    }
}
