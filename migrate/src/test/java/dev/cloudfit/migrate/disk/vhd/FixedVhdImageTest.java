package dev.cloudfit.migrate.disk.vhd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fixed VHDs as qemu-img writes them, and the files that are not. */
class FixedVhdImageTest {

    @TempDir
    Path dir;

    private static void qemu(String... args) throws Exception {
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
    }

    @Test
    void readsTheDataBeforeTheFooterAndKeepsTheFooter() throws Exception {
        byte[] data = new byte[21 * 1024 * 1024];
        new Random(3).nextBytes(data);
        Path raw = Files.write(dir.resolve("in.raw"), data);
        Path vhd = dir.resolve("out.vhd");
        qemu("qemu-img", "convert", "-f", "raw", "-O", "vpc", "-o", "subformat=fixed,force_size=on", raw.toString(), vhd.toString());

        try (FixedVhdImage image = FixedVhdImage.open(vhd)) {
            assertThat(image.virtualSize().bytes()).isEqualTo(data.length);
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            image.transferTo((offset, bytes) -> {
                assertThat(offset).isEqualTo(read.size());
                byte[] b = new byte[bytes.remaining()];
                bytes.get(b);
                read.write(b);
            });
            assertThat(read.toByteArray()).isEqualTo(data);
            byte[] file = Files.readAllBytes(vhd);
            assertThat(image.footer()).isEqualTo(Arrays.copyOfRange(file, data.length, file.length));
        }
    }

    @Test
    void refusesWhatIsNotAFixedVhd() throws Exception {
        Path dynamic = dir.resolve("dynamic.vhd");
        qemu("qemu-img", "create", "-f", "vpc", "-o", "subformat=dynamic", dynamic.toString(), "24M");
        assertThatThrownBy(() -> FixedVhdImage.open(dynamic)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("dynamic.vhd").hasMessageContaining("found 3 (dynamic)");

        Path raw = Files.write(dir.resolve("raw.vhd"), new byte[4096]);
        assertThatThrownBy(() -> FixedVhdImage.open(raw)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("expected a VHD footer");

        Path fixed = dir.resolve("fixed.vhd");
        qemu("qemu-img", "create", "-f", "vpc", "-o", "subformat=fixed,force_size=on", fixed.toString(), "20M");
        byte[] bytes = Files.readAllBytes(fixed);
        bytes[bytes.length - 512 + 40] ^= 1; // original size changed, checksum not
        Path damaged = Files.write(dir.resolve("damaged.vhd"), bytes);
        assertThatThrownBy(() -> FixedVhdImage.open(damaged)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("checksum");

        Path padded = Files.write(dir.resolve("padded.vhd"), Files.readAllBytes(fixed));
        Files.write(padded, new byte[512], StandardOpenOption.APPEND); // the footer is no longer last
        assertThatThrownBy(() -> FixedVhdImage.open(padded)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("expected a VHD footer");
    }
}
