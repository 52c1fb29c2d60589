package dev.cloudfit.migrate.disk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.migrate.disk.raw.RawDiskImage;
import dev.cloudfit.migrate.disk.vhd.FixedVhdImage;
import dev.cloudfit.migrate.disk.vhd.FixedVhdWriter;
import dev.cloudfit.migrate.disk.vmdk.VmdkImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DiskImages#open} picks the reader by content, whatever the file is called. */
class DiskImagesTest {

    private static final int DISK_BYTES = 21 << 20;

    @TempDir
    Path dir;

    private static byte[] read(DiskImage image) throws IOException {
        byte[] out = new byte[(int) image.virtualSize().bytes()];
        image.transferTo((offset, bytes) -> bytes.get(out, (int) offset, bytes.remaining()));
        return out;
    }

    @Test
    void vmdkVhdAndRawAreToldApartByContent() throws Exception {
        byte[] disk = DiskTools.sampleDisk(DISK_BYTES, 5);
        Path raw = Files.write(dir.resolve("disk.img"), disk);
        Path vmdk = DiskTools.qemuVmdk(raw, "streamOptimized", dir.resolve("disk-vmdk.bin"));
        Path vhd = dir.resolve("disk-vhd.bin");
        try (DiskImage image = DiskImages.open(vmdk)) {
            assertThat(image).isInstanceOf(VmdkImage.class);
            new FixedVhdWriter(Clock.systemUTC()).write(image, vhd, false, r -> { });
        }
        for (Path file : new Path[] {raw, vmdk, vhd}) {
            try (DiskImage image = DiskImages.open(file)) {
                assertThat(image.virtualSize().bytes()).isEqualTo(DISK_BYTES);
                assertThat(Arrays.equals(read(image), disk)).as(file.getFileName().toString()).isTrue();
            }
        }
        try (DiskImage image = DiskImages.open(vhd)) {
            assertThat(image).isInstanceOf(FixedVhdImage.class);
        }
        try (DiskImage image = DiskImages.open(raw)) {
            assertThat(image).isInstanceOf(RawDiskImage.class);
        }
    }

    @Test
    void aVhdWithABadChecksumOrAnOddSizedFileIsRefused() throws Exception {
        Path raw = Files.write(dir.resolve("disk.img"), DiskTools.sampleDisk(DISK_BYTES, 6));
        Path vhd = dir.resolve("disk.vhd");
        try (DiskImage image = DiskImages.open(raw)) {
            new FixedVhdWriter(Clock.systemUTC()).write(image, vhd, false, r -> { });
        }
        try (RandomAccessFile f = new RandomAccessFile(vhd.toFile(), "rw")) {
            f.seek(DISK_BYTES + 40);
            f.write(1); // original size changed, checksum not
        }
        assertThatThrownBy(() -> DiskImages.open(vhd)).isInstanceOf(BadInputException.class)
                .hasMessageMatching("disk\\.vhd, byte " + (DISK_BYTES + 64) + ": expected the footer checksum 0x[0-9a-f]+,"
                        + " found 0x[0-9a-f]+");
        Path odd = Files.write(dir.resolve("odd.bin"), new byte[1000]);
        assertThatThrownBy(() -> DiskImages.open(odd)).isInstanceOf(BadInputException.class)
                .hasMessage("odd.bin: expected a VMDK, a fixed VHD or a raw disk image (a whole number of 512-byte "
                        + "sectors); it is 1000 bytes and none of these");
    }
}
