package dev.cloudfit.vsphere.warm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.testkit.vcsim.Vcsim;
import dev.cloudfit.testkit.vcsim.WithVcsim;
import dev.cloudfit.vsphere.cbt.DiskArea;
import dev.cloudfit.vsphere.datastore.DatastoreFiles;
import dev.cloudfit.vsphere.export.ExportSettings;
import dev.cloudfit.vsphere.export.VmExport;
import dev.cloudfit.vsphere.http.VcenterHttp;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.testing.VcsimDisks;
import dev.cloudfit.vsphere.testing.VcsimObjects;
import dev.cloudfit.vsphere.vm.VmChange;
import dev.cloudfit.vsphere.vm.VmDisk;
import dev.cloudfit.vsphere.vm.VmDisks;
import dev.cloudfit.vsphere.vm.VmOperations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warm cycles against the project's vcsim: known blocks written between two snapshots are the only ones
 * that move, the final disk equals a fresh full export, and a CBT reset falls back to a full copy.
 */
@WithVcsim(clustersPerDatacenter = 0, vmsPerHostOrCluster = 3)
class WarmCycleVcsimTest {

    private static final int MIB = 1 << 20;
    private static final long CAPACITY = 40L * MIB; // three QueryChangedDiskAreas windows of 16 MiB

    @TempDir
    Path scratch;

    /** A target that writes to a local file and remembers every write. */
    private static final class Recording implements DiskTarget {
        final LocalFileTarget file;
        final List<long[]> writes = new ArrayList<>();
        final List<long[]> zeroed = new ArrayList<>();

        Recording(LocalFileTarget file) {
            this.file = file;
        }

        @Override
        public void write(long offset, byte[] bytes, int length) throws IOException {
            writes.add(new long[] {offset, length});
            file.write(offset, bytes, length);
        }

        @Override
        public void zero(long offset, long length) throws IOException {
            zeroed.add(new long[] {offset, length});
            file.zero(offset, length);
        }

        long written() {
            return writes.stream().mapToLong(w -> w[1]).sum();
        }
    }


    private static VmDisk prepare(Vcsim vcsim, VcenterSession session, ManagedObjectReference vm, byte[] content) {
        VmDisk disk = new VmDisks(session).of(vm).get(0);
        VcsimDisks.resize(session, vm, disk.key(), CAPACITY);
        VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), content);
        return disk;
    }

    private static List<ManagedObjectReference> snapshots(VcenterSession session, ManagedObjectReference vm) {
        List<ManagedObjectReference> found = new ArrayList<>();
        new PropertyCollector(session).readOne(vm, "snapshot.rootSnapshotList").ifPresent(list -> {
            for (PropertyValue tree : list.elements()) {
                tree.path("snapshot").flatMap(PropertyValue::reference).ifPresent(found::add);
            }
        });
        return found;
    }

    @Test
    void onlyTheBlocksWrittenBetweenTwoSnapshotsMoveAndTheResultEqualsAFullExport(Vcsim vcsim) throws IOException {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM0");
            VmOperations ops = new VmOperations(session);
            byte[] content = new byte[(int) CAPACITY];
            Random random = new Random(11);
            VcsimDisks.fill(random, content, 0, 3 * MIB);
            VcsimDisks.fill(random, content, 20L * MIB, 64 << 10);
            VmDisk disk = prepare(vcsim, session, vm, content);
            VmChange.ChangeTrackingEnabled enabled = ops.enableChangeTracking(vm).orElseThrow();
            assertThat(ops.changeTrackingEnabled(vm)).isTrue();

            VcenterHttp http = new VcenterHttp(session, VcsimObjects.tls(vcsim), TransportSettings.defaults());
            WarmCycle cycle = new WarmCycle(session, new DatastoreFiles(http, "DC0"));
            WarmStateFile stateFile = new WarmStateFile(scratch.resolve("warm.json"));
            Path targetFile = scratch.resolve("target.raw");

            // cycle 1: the areas holding data
            WarmState state = WarmState.start(vm);
            CycleReport first;
            Recording target = new Recording(LocalFileTarget.open(targetFile, CAPACITY));
            try (LocalFileTarget closing = target.file) {
                first = cycle.run(state, d -> target, stateFile::write);
            }
            assertThat(first.disks()).singleElement().satisfies(copy -> {
                assertThat(copy.mode()).isEqualTo(CopyMode.FIRST);
                assertThat(copy.areas()).containsExactly(new DiskArea(0, 3L * MIB), new DiskArea(20L * MIB, 64 << 10));
            });
            assertThat(target.written()).isEqualTo(3L * MIB + (64 << 10));
            assertThat(Files.readAllBytes(targetFile)).isEqualTo(content);
            assertThat(stateFile.read()).contains(first.state());
            ManagedObjectReference firstSnapshot = first.state().snapshot().orElseThrow();
            assertThat(snapshots(session, vm)).containsExactly(firstSnapshot);

            // the guest writes known blocks: 64 KiB at 1 MiB, and 128 KiB across the 16 MiB boundary of two answers
            long across = 16L * MIB - (64 << 10);
            VcsimDisks.fill(random, content, MIB, 64 << 10);
            VcsimDisks.fill(random, content, across, 128 << 10);
            VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), content);

            // cycle 2: only those blocks; the older snapshot is gone, the new one held
            Recording second = new Recording(LocalFileTarget.open(targetFile, CAPACITY));
            CycleReport report;
            try (LocalFileTarget closing = second.file) {
                report = cycle.run(stateFile.read().orElseThrow(), d -> second, stateFile::write);
            }
            assertThat(report.disks()).singleElement().satisfies(copy -> {
                assertThat(copy.mode()).isEqualTo(CopyMode.CHANGED);
                assertThat(copy.areas()).containsExactly(new DiskArea(MIB, 64 << 10), new DiskArea(across, 128 << 10));
                assertThat(copy.note()).isEmpty();
            });
            assertThat(second.written()).isEqualTo(192 << 10);
            assertThat(second.writes).allSatisfy(w -> assertThat(w[0] >= MIB && w[0] < MIB + (64 << 10)
                    || w[0] >= across && w[0] < across + (128 << 10)).isTrue());
            assertThat(Files.readAllBytes(targetFile)).isEqualTo(content);
            assertThat(report.state().cycles()).isEqualTo(2);
            assertThat(snapshots(session, vm)).containsExactly(report.state().snapshot().orElseThrow())
                    .doesNotContain(firstSnapshot);

            // cut-over: power off, a last cycle with nothing changed, release the snapshot
            ops.powerOff(vm);
            Recording last = new Recording(LocalFileTarget.open(targetFile, CAPACITY));
            CycleReport finalCycle;
            try (LocalFileTarget closing = last.file) {
                finalCycle = cycle.run(stateFile.read().orElseThrow(), d -> last, stateFile::write);
            }
            assertThat(last.written()).isZero();
            WarmState done = cycle.finish(finalCycle.state(), stateFile::write);
            assertThat(done.snapshot()).isEmpty();
            assertThat(snapshots(session, vm)).isEmpty();

            Path vmdk = scratch.resolve("export.vmdk");
            new VmExport(http, ExportSettings.defaults()).export(vm, (index, device, stream) -> Files.copy(stream, vmdk));
            assertThat(Files.readAllBytes(targetFile)).isEqualTo(VcsimDisks.qemuRaw(vmdk, scratch));
            ops.undo(enabled);
            assertThat(ops.changeTrackingEnabled(vm)).isFalse();
        }
    }

    @Test
    void aTrackingResetFallsBackToAFullCopyAndSaysSo(Vcsim vcsim) throws IOException {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM1");
            VmOperations ops = new VmOperations(session);
            byte[] content = new byte[(int) CAPACITY];
            Random random = new Random(12);
            VcsimDisks.fill(random, content, 0, 2 * MIB);
            VcsimDisks.fill(random, content, 33L * MIB, MIB);
            VmDisk disk = prepare(vcsim, session, vm, content);
            ops.enableChangeTracking(vm);
            WarmCycle cycle = new WarmCycle(session,
                    new DatastoreFiles(new VcenterHttp(session, VcsimObjects.tls(vcsim), TransportSettings.defaults()), "DC0"));
            Path targetFile = scratch.resolve("reset.raw");
            WarmState state;
            try (LocalFileTarget target = LocalFileTarget.open(targetFile, CAPACITY)) {
                state = cycle.run(WarmState.start(vm), d -> target, s -> { }).state();
            }

            // tracking is reset (off, then on) while the guest zeroes the MiB at 33 MiB and writes at 10 MiB
            VmChange.ChangeTrackingEnabled reenabled = new VmChange.ChangeTrackingEnabled(vm);
            ops.undo(reenabled);
            ops.enableChangeTracking(vm).orElseThrow();
            java.util.Arrays.fill(content, 33 * MIB, 34 * MIB, (byte) 0);
            VcsimDisks.fill(random, content, 10L * MIB, 4096);
            VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), content);

            CycleReport report;
            try (LocalFileTarget target = LocalFileTarget.open(targetFile, CAPACITY)) {
                report = cycle.run(state, d -> target, s -> { });
            }
            assertThat(report.disks()).singleElement().satisfies(copy -> {
                assertThat(copy.mode()).isEqualTo(CopyMode.FULL_AFTER_RESET);
                assertThat(copy.note()).contains("no longer knows change id").contains("copying the whole disk again");
            });
            assertThat(Files.readAllBytes(targetFile)).isEqualTo(content);
            cycle.finish(report.state(), s -> { });
        }
    }

    @Test
    void aCycleThatFailsIsRunAgainFromTheStoredStateWithoutLosingAChange(Vcsim vcsim) throws IOException {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM2");
            VmOperations ops = new VmOperations(session);
            byte[] content = new byte[(int) CAPACITY];
            Random random = new Random(13);
            VcsimDisks.fill(random, content, 0, MIB);
            VmDisk disk = prepare(vcsim, session, vm, content);
            ops.enableChangeTracking(vm);
            WarmCycle cycle = new WarmCycle(session,
                    new DatastoreFiles(new VcenterHttp(session, VcsimObjects.tls(vcsim), TransportSettings.defaults()), "DC0"));
            WarmStateFile stateFile = new WarmStateFile(scratch.resolve("resume.json"));
            Path targetFile = scratch.resolve("resume.raw");
            try (LocalFileTarget target = LocalFileTarget.open(targetFile, CAPACITY)) {
                cycle.run(WarmState.start(vm), d -> target, stateFile::write);
            }
            VcsimDisks.fill(random, content, 7L * MIB, 64 << 10);
            VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), content);

            // cycle 2 dies at its first write (say the upload failed): its snapshot is in the stored state
            DiskTarget failing = new DiskTarget() {
                @Override
                public void write(long offset, byte[] bytes, int length) throws IOException {
                    throw new IOException("the page blob refused the write");
                }

                @Override
                public void zero(long offset, long length) {
                }
            };
            assertThatThrownBy(() -> cycle.run(stateFile.read().orElseThrow(), d -> failing, stateFile::write))
                    .isInstanceOf(ExternalSystemException.class)
                    .hasMessageContaining("the page blob refused the write; run the cycle again")
                    .hasRootCauseMessage("the page blob refused the write");
            WarmState interrupted = stateFile.read().orElseThrow();
            assertThat(interrupted.cycles()).isEqualTo(1);
            assertThat(snapshots(session, vm)).containsExactly(interrupted.snapshot().orElseThrow());

            // more writes while nobody copies; the cycle run again copies both changes, and holds one snapshot
            VcsimDisks.fill(random, content, 9L * MIB, 64 << 10);
            VcsimDisks.put(vcsim, session, "DC0", disk.baseFlatExtent(), content);
            CycleReport again;
            try (LocalFileTarget target = LocalFileTarget.open(targetFile, CAPACITY)) {
                again = cycle.run(interrupted, d -> target, stateFile::write);
            }
            assertThat(again.disks().get(0).areas())
                    .containsExactly(new DiskArea(7L * MIB, 64 << 10), new DiskArea(9L * MIB, 64 << 10));
            assertThat(Files.readAllBytes(targetFile)).isEqualTo(content);
            assertThat(snapshots(session, vm)).containsExactly(again.state().snapshot().orElseThrow());
            cycle.finish(again.state(), stateFile::write);
        }
    }

    @Test
    void aCycleNeedsChangeTrackingOn(Vcsim vcsim) {
        try (VcenterSession session = VcsimObjects.connect(vcsim)) {
            ManagedObjectReference vm = VcsimObjects.byPath(session, "DC0/vm/DC0_H0_VM1");
            new VmOperations(session).undo(new VmChange.ChangeTrackingEnabled(vm));
            WarmCycle cycle = new WarmCycle(session,
                    new DatastoreFiles(new VcenterHttp(session, VcsimObjects.tls(vcsim), TransportSettings.defaults()), "DC0"));
            assertThatThrownBy(() -> cycle.run(WarmState.start(vm), d -> null, s -> { }))
                    .isInstanceOf(ExternalSystemException.class).hasMessageContaining("changed-block tracking is off");
        }
    }
}
