package dev.cloudfit.migrate.disk.vhd;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class VhdFooterTest {

    /** Geometries qemu-img 7.2 wrote for fixed VHDs whose size it made exactly C x H x S sectors. */
    @ParameterizedTest
    @CsvSource({
        "20994048, 603, 4, 17",
        "104865792, 1004, 12, 17",
        "1073995776, 2081, 16, 63",
        "4295467008, 8323, 16, 63",
        // beyond 65535 x 16 x 255 sectors the geometry is capped (spec)
        "214748364800, 65535, 16, 255",
    })
    void geometryFollowsTheSpecificationsAlgorithm(long bytes, int cylinders, int heads, int sectors) {
        int chs = VhdFooter.geometry(bytes);
        assertThat(new int[] {chs >>> 16, (chs >>> 8) & 0xFF, chs & 0xFF}).containsExactly(cylinders, heads, sectors);
    }

    @Test
    void footerFieldsAndChecksum() {
        long size = 4L << 30;
        byte[] f = new VhdFooter(size, Instant.parse("2026-12-07T00:00:00Z"), new UUID(1, 2)).bytes();
        ByteBuffer b = ByteBuffer.wrap(f);
        assertThat(f).hasSize(512);
        assertThat(new String(f, 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("conectix");
        assertThat(b.getLong(16)).isEqualTo(-1L);
        assertThat(b.getLong(40)).isEqualTo(size);
        assertThat(b.getLong(48)).isEqualTo(size);
        assertThat(b.getInt(60)).isEqualTo(VhdFooter.FIXED);
        // seconds from 2000-01-01 to 2026-12-07: 9837 days
        assertThat(b.getInt(24)).isEqualTo(9837 * 86400);
        int sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += (i >= 64 && i < 68) ? 0 : f[i] & 0xFF;
        }
        assertThat(b.getInt(64)).isEqualTo(~sum);
    }
}
