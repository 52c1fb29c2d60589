package dev.cloudfit.testkit.arm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VhdFooterCheckTest {

    private static final long SIZE = 20L * 1024 * 1024;

    private static byte[] footer(String cookie, int type, long size) {
        ByteBuffer b = ByteBuffer.allocate(512);
        b.put(cookie.getBytes(StandardCharsets.US_ASCII));
        b.putInt(2).putInt(0x00010000).putLong(-1L);
        b.putLong(40, size).putLong(48, size).putInt(60, type);
        byte[] f = b.array();
        int sum = 0;
        for (byte x : f) {
            sum += x & 0xFF;
        }
        ByteBuffer.wrap(f).putInt(64, ~sum);
        return f;
    }

    @Test
    void aGoodFixedFooterPasses() {
        assertThat(VhdFooterCheck.problem(footer("conectix", 2, SIZE), "d", SIZE)).isNull();
    }

    @Test
    void eachBrokenFieldIsNamed() {
        assertThat(VhdFooterCheck.problem(footer("conectiX", 2, SIZE), "d", SIZE)).contains("cookie value 'conectix'");
        assertThat(VhdFooterCheck.problem(footer("conectix", 3, SIZE), "d", SIZE)).contains("only fixed VHDs");
        assertThat(VhdFooterCheck.problem(footer("conectix", 2, SIZE - 512), "d", SIZE)).contains("current size");
        byte[] badSum = footer("conectix", 2, SIZE);
        badSum[100] = 1;
        assertThat(VhdFooterCheck.problem(badSum, "d", SIZE)).contains("checksum");
        assertThat(VhdFooterCheck.problem(new byte[512], "d", SIZE)).contains("cookie");
    }
}
