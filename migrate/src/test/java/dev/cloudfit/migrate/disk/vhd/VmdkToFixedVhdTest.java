package dev.cloudfit.migrate.disk.vhd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.migrate.disk.DiskTools;
import dev.cloudfit.migrate.disk.vmdk.Vmdk;
import dev.cloudfit.migrate.disk.vmdk.VmdkImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every VMDK kind, made by the real tools (qemu-img; python3-vmdkstream for VMware's streamOptimized
 * layout), converted to a fixed VHD: qemu-img compare calls the pair identical, the data bytes are the
 * source's then zeros to the whole MiB, and the footer, read by {@link VhdFooterFields}, is the spec's.
 */
class VmdkToFixedVhdTest {

    /** 21 MiB and 3 sectors: neither a whole MiB nor a whole grain; the VHD holds 22 MiB. */
    private static final int DISK_BYTES = (21 << 20) + 3 * 512;
    private static final long VHD_DATA = 22L << 20;

    @TempDir
    static Path dir;
    static byte[] disk;
    static Path raw;

    @BeforeAll
    static void source() throws Exception {
        disk = DiskTools.sampleDisk(DISK_BYTES, 7);
        raw = Files.write(dir.resolve("source.raw"), disk);
    }

    @ParameterizedTest
    @ValueSource(strings = {"streamOptimized", "monolithicSparse", "monolithicFlat", "twoGbMaxExtentSparse",
        "twoGbMaxExtentFlat"})
    void qemuImgKindsConvertToIdenticalFixedVhds(String subformat) throws Exception {
        Path vmdk = DiskTools.qemuVmdk(raw, subformat, dir.resolve(subformat + ".vmdk"));
        convertAndCheck(vmdk, subformat);
    }

    @Test
    void vmwareLayoutStreamOptimizedConvertsToAnIdenticalFixedVhd() throws Exception {
        Path vmdk = DiskTools.vmwareStreamVmdk(raw, dir.resolve("vmware-stream.vmdk"));
        convertAndCheck(vmdk, "streamOptimized");
    }

    /** ESXi's own kind: a "vmfs" descriptor whose VMFS extent line has no start sector. */
    @Test
    void esxiVmfsDescriptorWithItsFlatFileConverts() throws Exception {
        Files.copy(raw, dir.resolve("esxi-flat.vmdk"));
        Path vmdk = Files.writeString(dir.resolve("esxi.vmdk"), "# Disk DescriptorFile\r\nversion=1\r\n"
                + "encoding=\"UTF-8\"\r\nCID=fffffffe\r\nparentCID=ffffffff\r\ncreateType=\"vmfs\"\r\n\r\n"
                + "# Extent description\r\nRW " + DISK_BYTES / 512 + " VMFS \"esxi-flat.vmdk\"\r\n\r\n"
                + "# The Disk Data Base\r\n#DDB\r\n\r\nddb.adapterType = \"lsilogic\"\r\n"
                + "ddb.thinProvisioned = \"1\"\r\nddb.uuid = \"60 00 C2 9a\"\r\n");
        convertAndCheck(vmdk, "vmfs");
    }

    /** 2.25 GiB in two extent files, with data across the 2 GiB boundary and in the last MiB. */
    @ParameterizedTest
    @ValueSource(strings = {"twoGbMaxExtentSparse", "twoGbMaxExtentFlat"})
    void splitExtentsConvertAcrossTheirBoundary(String subformat) throws Exception {
        Path vmdk = dir.resolve("split-" + subformat + ".vmdk");
        DiskTools.ok("qemu-img", "create", "-q", "-f", "vmdk", "-o", "subformat=" + subformat, vmdk.toString(), "2304M");
        DiskTools.ok("qemu-io", "-f", "vmdk", "-c", "write -q -P 0x11 0 64k", "-c", "write -q -P 0xab 2047M 2M",
                "-c", "write -q -P 0x22 2303M 1M", vmdk.toString());
        Path vhd = dir.resolve(vmdk.getFileName() + ".vhd");
        try (VmdkImage image = Vmdk.open(vmdk)) {
            assertThat(image.extentCount()).isEqualTo(2);
            VhdWritten written = new FixedVhdWriter(Clock.systemUTC()).write(image, vhd, false, reached -> { });
            assertThat(written.dataBytes()).isEqualTo((64 << 10) + (3 << 20));
        }
        DiskTools.Result compare = DiskTools.compare(vmdk, vhd);
        assertThat(compare.output()).isEqualTo("Images are identical.\n");
        assertThat(Files.size(vhd)).isEqualTo((2304L << 20) + 512);
        Files.delete(vhd);
    }

    private void convertAndCheck(Path vmdk, String createType) throws Exception {
        Path vhd = dir.resolve(vmdk.getFileName() + ".vhd");
        VhdWritten written;
        try (VmdkImage image = Vmdk.open(vmdk)) {
            assertThat(image.createType()).isEqualTo(createType);
            assertThat(image.virtualSize().bytes()).isEqualTo(DISK_BYTES);
            written = new FixedVhdWriter(Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC))
                    .write(image, vhd, false, reached -> { });
        }
        DiskTools.Result compare = DiskTools.compare(vmdk, vhd);
        assertThat(compare.output()).contains("Images are identical");
        assertThat(compare.exitCode()).isZero();

        // qemu reads the VHD's size from the footer's current size, not from the (smaller) CHS product
        assertThat(DiskTools.ok("qemu-img", "info", "-f", "vpc", "--output", "json", vhd.toString()))
                .contains("\"virtual-size\": " + VHD_DATA + ",");

        byte[] out = Files.readAllBytes(vhd);
        assertThat(out).hasSize((int) VHD_DATA + 512);
        assertThat(Arrays.equals(out, 0, DISK_BYTES, disk, 0, DISK_BYTES)).as("data bytes").isTrue();
        byte[] padding = Arrays.copyOfRange(out, DISK_BYTES, (int) VHD_DATA);
        assertThat(padding).containsOnly(0);
        assertThat(written.vhdDataSize().bytes()).isEqualTo(VHD_DATA);

        VhdFooterFields f = VhdFooterFields.read(vhd);
        assertThat(f.cookie()).isEqualTo("conectix");
        assertThat(f.features()).isEqualTo(2);
        assertThat(f.version()).isEqualTo(0x0001_0000);
        assertThat(f.dataOffset()).isEqualTo(-1L);
        assertThat(f.originalSize()).isEqualTo(VHD_DATA);
        assertThat(f.currentSize()).isEqualTo(VHD_DATA);
        // 45,056 sectors by the spec's algorithm: 17 sectors a track, 4 heads, 2,650 / 4 = 662 cylinders
        assertThat(List.of(f.cylinders(), f.heads(), f.sectorsPerTrack())).containsExactly(662, 4, 17);
        assertThat(f.creatorApp()).isEqualTo("win ");
        assertThat(f.creatorOs()).isEqualTo("Wi2k");
        assertThat(f.diskType()).isEqualTo(2);
        assertThat(f.checksumValid()).isTrue();
        assertThat(f.savedState()).isZero();
        assertThat(f.reservedZero()).isTrue();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("partial"));
        }
    }
}
