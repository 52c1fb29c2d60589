package dev.cloudfit.migrate.disk.vhd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.migrate.disk.DiskTools;
import dev.cloudfit.migrate.disk.vmdk.Vmdk;
import dev.cloudfit.migrate.disk.vmdk.VmdkImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged, truncated and unsupported inputs: each is one line naming the file, the byte offset when
 * there is one, and what was expected; nothing is left behind, not even a partial output.
 */
class BadInputConvertTest {

    private static final int DISK_BYTES = 21 << 20;

    @TempDir
    static Path made;
    static Path raw;
    static Path qemuStream;
    static Path vmwareStream;
    static Path sparse;
    static Path flat;

    @TempDir
    Path dir;

    @BeforeAll
    static void images() throws Exception {
        raw = Files.write(made.resolve("source.raw"), DiskTools.sampleDisk(DISK_BYTES, 3));
        qemuStream = DiskTools.qemuVmdk(raw, "streamOptimized", made.resolve("qemu-stream.vmdk"));
        vmwareStream = DiskTools.vmwareStreamVmdk(raw, made.resolve("vmware-stream.vmdk"));
        sparse = DiskTools.qemuVmdk(raw, "monolithicSparse", made.resolve("sparse.vmdk"));
        flat = DiskTools.qemuVmdk(raw, "monolithicFlat", made.resolve("flat.vmdk"));
    }

    private Path copy(Path file) throws IOException {
        Path to = dir.resolve(file.getFileName());
        Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
        return to;
    }

    private String convertFails(Path vmdk) throws IOException {
        Path out = dir.resolve("out.vhd");
        Throwable thrown = null;
        try (VmdkImage image = Vmdk.open(vmdk)) {
            new FixedVhdWriter(Clock.systemUTC()).write(image, out, false, reached -> { });
        } catch (BadInputException e) {
            thrown = e;
        }
        assertThat(thrown).as("a bad input error").isInstanceOf(BadInputException.class);
        assertThat(thrown.getMessage()).doesNotContain("\n");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no output, no partial file").noneMatch(n -> n.contains("out.vhd"));
        }
        return thrown.getMessage();
    }

    private static long overheadBytes(Path vmdk) throws IOException {
        ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(vmdk), 0, 512).order(ByteOrder.LITTLE_ENDIAN);
        return header.getLong(64) * 512;
    }

    private static void overwrite(Path file, long at, byte[] bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(at);
            f.write(bytes);
        }
    }

    private static void truncate(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    @Test
    void streamCutInsideAGrain() throws Exception {
        Path vmdk = copy(qemuStream);
        truncate(vmdk, Files.size(vmdk) / 2 + 100);
        assertThat(convertFails(vmdk)).matches("qemu-stream\\.vmdk, byte \\d+: expected a compressed grain \\(\\d+ bytes\\), "
                + "the stream ends after \\d+ \\(truncated file\\?\\)");
    }

    @Test
    void qemuLayoutCutBetweenGrainsIsCaughtByItsGrainTables() throws Exception {
        Path vmdk = copy(qemuStream);
        // the first grain starts at the first data sector; cut right after it
        long first = overheadBytes(vmdk);
        int size = ByteBuffer.wrap(Files.readAllBytes(vmdk), (int) first + 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        truncate(vmdk, first + ((12 + size + 511) & ~511));
        assertThat(convertFails(vmdk)).matches("qemu-stream\\.vmdk, byte \\d+: expected \\d+ grains \\(as the grain tables "
                + "list\\), the file ends after 1 \\(truncated\\?\\)");
    }

    @Test
    void vmwareLayoutWithoutItsEndOfStreamMarker() throws Exception {
        Path vmdk = copy(vmwareStream);
        truncate(vmdk, Files.size(vmdk) - 512);
        assertThat(convertFails(vmdk)).isEqualTo("vmware-stream.vmdk, byte " + (Files.size(vmdk))
                + ": expected the end-of-stream marker, the stream ends");
    }

    @Test
    void vmwareLayoutWithADamagedFooter() throws Exception {
        Path vmdk = copy(vmwareStream);
        overwrite(vmdk, Files.size(vmdk) - 1024, "XXXX".getBytes(StandardCharsets.US_ASCII));
        assertThat(convertFails(vmdk)).isEqualTo("vmware-stream.vmdk, byte " + (Files.size(vmdk) - 1024)
                + ": expected a sparse extent header starting with 'KDMV'");
    }

    @Test
    void damagedCompressedData() throws Exception {
        Path vmdk = copy(vmwareStream);
        long first = overheadBytes(vmdk);
        overwrite(vmdk, first + 12 + 40, new byte[64]);
        assertThat(convertFails(vmdk)).matches("vmware-stream\\.vmdk, byte " + (first + 12)
                + ": expected zlib data for the grain at sector 0, it is damaged \\(.+\\)");
    }

    @Test
    void unknownMarkerType() throws Exception {
        Path vmdk = copy(vmwareStream);
        long first = overheadBytes(vmdk);
        ByteBuffer marker = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putLong(1).putInt(0).putInt(9);
        overwrite(vmdk, first, marker.array());
        assertThat(convertFails(vmdk)).isEqualTo("vmware-stream.vmdk, byte " + first + ": expected a grain or a marker"
                + " of type 0 to 3 (end of stream, grain table, grain directory, footer), found type 9");
    }

    @Test
    void sparseGrainTablePointingPastTheEnd() throws Exception {
        Path vmdk = copy(sparse);
        ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(vmdk), 0, 512).order(ByteOrder.LITTLE_ENDIAN);
        long gdAt = header.getLong(56) * 512;
        overwrite(vmdk, gdAt, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(1 << 30).array());
        assertThat(convertFails(vmdk)).matches("sparse\\.vmdk, byte 549755813888: expected grain table 0 \\(2048 bytes "
                + "from byte 549755813888\\), the file ends at \\d+");
    }

    @Test
    void notAVmdkAtAll() throws Exception {
        Path vmdk = copy(sparse);
        overwrite(vmdk, 0, "MZ\0\0".getBytes(StandardCharsets.US_ASCII));
        assertThat(convertFails(vmdk)).isEqualTo("sparse.vmdk, byte 0: expected a VMDK: a sparse extent header "
                + "('KDMV') or a text descriptor (at most 64 KiB); found neither");
    }

    @Test
    void flatExtentMissingOrShort() throws Exception {
        Path vmdk = copy(flat);
        assertThat(convertFails(vmdk)).isEqualTo("flat.vmdk line 8: the extent file 'flat-flat.vmdk' does not exist"
                + " next to the descriptor");
        Path extent = copy(made.resolve("flat-flat.vmdk"));
        truncate(extent, DISK_BYTES - 4096);
        assertThat(convertFails(vmdk)).isEqualTo("flat-flat.vmdk: the file is " + (DISK_BYTES - 4096)
                + " bytes, expected at least " + DISK_BYTES + " (flat.vmdk line 8 asks for " + DISK_BYTES / 512
                + " sectors from sector 0)");
    }

    @Test
    void snapshotDeltasAndUnsupportedKindsAreRefused() throws Exception {
        Path delta = Files.writeString(dir.resolve("vm-000001.vmdk"), """
                # Disk DescriptorFile
                version=1
                CID=fffffffe
                parentCID=1a2b3c4d
                createType="vmfsSparse"
                parentFileNameHint="vm.vmdk"
                RW 41943040 VMFSSPARSE "vm-000001-delta.vmdk"
                """);
        assertThat(convertFails(delta)).isEqualTo("vm-000001.vmdk: a snapshot delta (parentCID 1a2b3c4d): not "
                + "supported; convert the consolidated disk or export the VM");
        Path rdm = Files.writeString(dir.resolve("rdm.vmdk"), """
                # Disk DescriptorFile
                version=1
                parentCID=ffffffff
                createType="vmfsRawDeviceMap"
                RW 41943040 VMFSRDM "rdm-rdm.vmdk"
                """);
        assertThat(convertFails(rdm)).startsWith("rdm.vmdk: createType 'vmfsRawDeviceMap' is not supported (expected"
                + " one of monolithicFlat, monolithicSparse, streamOptimized,");
    }

    @Test
    void aDiskAzureCannotHoldIsRefusedBeforeAnyByteIsWritten() throws Exception {
        Path small = Files.write(dir.resolve("small.raw"), new byte[1 << 20]);
        Path vmdk = DiskTools.qemuVmdk(small, "monolithicSparse", dir.resolve("small.vmdk"));
        assertThat(convertFails(vmdk)).isEqualTo("small.vmdk: the disk is 1048576 bytes (1.0 MiB); an Azure managed"
                + " disk uploaded as a VHD holds 20 MiB to 32 TiB");
    }

    @Test
    void anExistingOutputIsKeptUnlessReplacing() throws Exception {
        Path out = Files.writeString(dir.resolve("keep.vhd"), "precious");
        try (VmdkImage image = Vmdk.open(sparse)) {
            assertThatThrownBy(() -> new FixedVhdWriter(Clock.systemUTC()).write(image, out, false, r -> { }))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage(out + " already exists (pass --force to replace it)");
        }
        assertThat(Files.readString(out)).isEqualTo("precious");
        try (VmdkImage image = Vmdk.open(sparse)) {
            new FixedVhdWriter(Clock.systemUTC()).write(image, out, true, r -> { });
        }
        assertThat(Files.size(out)).isEqualTo(DISK_BYTES + 512L);
    }
}
