package dev.cloudfit.migrate.disk.vhd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.migrate.disk.DiskImage;
import dev.cloudfit.migrate.disk.DiskImages;
import dev.cloudfit.migrate.disk.DiskTools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer refuses, before writing a byte, a folder whose file system cannot take the whole fixed
 * VHD (the disk rounded up to a whole MiB, plus the 512-byte footer), with one line naming the folder
 * and both figures; nothing is left behind and an existing output stays as it was.
 */
class FreeSpaceCheckTest {

    /** 21 MiB of disk: a VHD of 22,020,096 data bytes plus the 512-byte footer = 22,020,608 bytes. */
    private static final int DISK_BYTES = 21 << 20;
    private static final long VHD_FILE_BYTES = 22_020_608L;

    @TempDir
    Path dir;

    @Test
    void oneByteShortIsRefusedBeforeAnyByteIsWritten() throws Exception {
        Path raw = Files.write(dir.resolve("disk.raw"), DiskTools.sampleDisk(DISK_BYTES, 5));
        Path outDir = Files.createDirectory(dir.resolve("out"));
        Path out = Files.writeString(outDir.resolve("disk.vhd"), "an older file, kept");
        FreeSpace oneByteShort = folder -> {
            assertThat(folder).isEqualTo(outDir.toAbsolutePath());
            return VHD_FILE_BYTES - 1;
        };

        try (DiskImage image = DiskImages.open(raw)) {
            assertThatThrownBy(() -> new FixedVhdWriter(Clock.systemUTC(), oneByteShort).write(image, out, true, r -> { }))
                    .isInstanceOf(BadInputException.class)
                    .hasMessage(outDir.toAbsolutePath() + ": not enough free space for the fixed VHD: it needs 22020608 bytes"
                            + " (21.0 MiB), the file system has 22020607 bytes (21.0 MiB) free; choose another folder or"
                            + " make room");
        }

        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("an older file, kept");
        try (var files = Files.list(outDir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void exactlyEnoughIsAccepted() throws Exception {
        Path raw = Files.write(dir.resolve("disk.raw"), DiskTools.sampleDisk(DISK_BYTES, 6));
        Path out = dir.resolve("disk.vhd");

        try (DiskImage image = DiskImages.open(raw)) {
            new FixedVhdWriter(Clock.systemUTC(), folder -> VHD_FILE_BYTES).write(image, out, false, r -> { });
        }

        assertThat(Files.size(out)).isEqualTo(VHD_FILE_BYTES);
    }

    @Test
    void theRealFileSystemIsAskedAndADiskLargerThanItsFreeSpaceIsRefused() throws Exception {
        // 30 TiB of ZERO extent: a valid disk Azure can hold (up to 32 TiB), stored nowhere
        long sectors = 30L << 31;
        Path vmdk = Files.writeString(dir.resolve("huge.vmdk"), "# Disk DescriptorFile\nversion=1\nCID=fffffffe\n"
                + "parentCID=ffffffff\ncreateType=\"monolithicFlat\"\n\nRW " + sectors + " ZERO\n");
        long needed = 30L * 1024 * 1024 * 1024 * 1024 + 512; // 32,985,348,833,792 bytes
        long free = Files.getFileStore(dir).getUsableSpace();
        assumeTrue(free < needed, "this file system has more than 30 TiB free");
        Path out = dir.resolve("huge.vhd");

        try (DiskImage image = DiskImages.open(vmdk)) {
            assertThat(image.virtualSize().bytes()).isEqualTo(needed - 512);
            assertThatThrownBy(() -> new FixedVhdWriter(Clock.systemUTC()).write(image, out, false, r -> { }))
                    .isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith(dir.toAbsolutePath() + ": not enough free space for the fixed VHD: it needs "
                            + "32985348833792 bytes (30.00 TiB), the file system has ")
                    .hasMessageEndingWith(" free; choose another folder or make room");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(vmdk);
        }
    }
}
