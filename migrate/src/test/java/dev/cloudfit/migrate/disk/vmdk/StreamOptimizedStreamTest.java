package dev.cloudfit.migrate.disk.vmdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.migrate.disk.DiskTools;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * streamOptimized read from an {@link InputStream}, as an export download arrives: in small, uneven
 * pieces, once, never rewound. The runs must rebuild the source disk exactly, in ascending order.
 */
class StreamOptimizedStreamTest {

    private static final int DISK_BYTES = (21 << 20) + 7 * 512;

    @TempDir
    static Path dir;
    static byte[] disk;
    static Path vmware;
    static Path qemu;

    @BeforeAll
    static void images() throws Exception {
        disk = DiskTools.sampleDisk(DISK_BYTES, 11);
        Path raw = Files.write(dir.resolve("source.raw"), disk);
        vmware = DiskTools.vmwareStreamVmdk(raw, dir.resolve("vmware.vmdk"));
        qemu = DiskTools.qemuVmdk(raw, "streamOptimized", dir.resolve("qemu.vmdk"));
    }

    /** Hands out at most 1,000 bytes a read, like a slow network. */
    private static InputStream trickle(byte[] bytes) {
        return new FilterInputStream(new ByteArrayInputStream(bytes)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, 1000));
            }
        };
    }

    private static byte[] rebuild(VmdkImage image) throws IOException {
        byte[] out = new byte[(int) image.virtualSize().bytes()];
        long[] reached = {0};
        image.transferTo((offset, bytes) -> {
            assertThat(offset).isGreaterThanOrEqualTo(reached[0]);
            int n = bytes.remaining();
            bytes.get(out, (int) offset, n);
            reached[0] = offset + n;
        });
        return out;
    }

    @Test
    void bothLayoutsReadFromAStreamRebuildTheDisk() throws Exception {
        for (Path file : new Path[] {vmware, qemu}) {
            try (VmdkImage image = Vmdk.openStream(trickle(Files.readAllBytes(file)), "https://esx/nfc/disk-0.vmdk")) {
                assertThat(image.createType()).isEqualTo("streamOptimized");
                assertThat(image.virtualSize().bytes()).isEqualTo(DISK_BYTES);
                assertThat(Arrays.equals(rebuild(image), disk)).as(file.getFileName().toString()).isTrue();
            }
        }
    }

    @Test
    void aStreamCutShortNamesTheSourceAndTheOffset() throws Exception {
        byte[] bytes = Files.readAllBytes(vmware);
        byte[] cut = Arrays.copyOf(bytes, bytes.length - 1536);
        try (VmdkImage image = Vmdk.openStream(trickle(cut), "https://esx/nfc/disk-0.vmdk")) {
            assertThatThrownBy(() -> rebuild(image)).isInstanceOf(BadInputException.class)
                    .hasMessage("https://esx/nfc/disk-0.vmdk, byte " + cut.length + ": expected more grains, the footer"
                            + " and the end-of-stream marker, the stream ends");
        }
    }

    @Test
    void onlyStreamOptimizedCanBeAStream() throws Exception {
        Path sparse = DiskTools.qemuVmdk(dir.resolve("source.raw"), "monolithicSparse", dir.resolve("sparse.vmdk"));
        byte[] head = Arrays.copyOf(Files.readAllBytes(sparse), 4096);
        assertThatThrownBy(() -> Vmdk.openStream(new ByteArrayInputStream(head), "sparse.vmdk"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("sparse.vmdk, byte 8: expected a streamOptimized VMDK (compressed grains with"
                        + " markers, flags bits 16 and 17), found flags 0x3");
        assertThatThrownBy(() -> Vmdk.openStream(new ByteArrayInputStream(new byte[100]), "x.vmdk"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("x.vmdk: the stream ends after 100 bytes, expected 512 (the VMDK header or descriptor)");
    }
}
