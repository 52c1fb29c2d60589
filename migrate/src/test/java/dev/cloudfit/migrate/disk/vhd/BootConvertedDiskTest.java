package dev.cloudfit.migrate.disk.vhd;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.migrate.disk.DiskTools;
import dev.cloudfit.migrate.disk.vmdk.Vmdk;
import dev.cloudfit.migrate.disk.vmdk.VmdkImage;
import dev.cloudfit.testkit.process.ChildProcess;
import dev.cloudfit.testkit.process.MissingTestToolException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny bootable Linux disk made here from Debian's packages (a FAT file system with syslinux, the
 * kernel of linux-image-amd64, an initramfs holding busybox-static whose /init prints a marker),
 * exported as VMware-layout streamOptimized VMDK, converted by our writer, then booted from the VHD
 * by qemu (TCG: KVM hangs on these machines). The marker on the serial console proves the disk's
 * boot sector, file system and files all arrived intact and that qemu reads the VHD's size right.
 */
class BootConvertedDiskTest {

    @TempDir
    Path dir;

    @Test
    void aConvertedDiskBootsAndPrintsItsMarker() throws Exception {
        Path kernel = kernel();
        for (String tool : new String[] {"/usr/bin/qemu-system-x86_64", "/usr/bin/syslinux", "/usr/sbin/mkfs.vfat",
            "/usr/bin/mcopy", "/bin/busybox"}) {
            if (!Files.isExecutable(Path.of(tool))) {
                throw new MissingTestToolException(tool + " is not installed (Debian qemu-system-x86, syslinux, "
                        + "dosfstools, mtools, busybox-static)");
            }
        }
        String marker = "CLOUDFIT-BOOTED-" + UUID.randomUUID().toString().substring(0, 8);
        String init = "#!/bin/busybox sh\n/bin/busybox echo " + marker + "\n/bin/busybox poweroff -f\n";
        byte[] initrd = new Initramfs().directory("bin").directory("dev").directory("proc")
                .charDevice("dev/console", 5, 1)
                .file("bin/busybox", 0755, Files.readAllBytes(Path.of("/bin/busybox")))
                .file("init", 0755, init.getBytes(StandardCharsets.US_ASCII))
                .bytes();
        Files.write(dir.resolve("initrd.img"), initrd);
        Files.writeString(dir.resolve("syslinux.cfg"), """
                SERIAL 0 115200
                PROMPT 0
                TIMEOUT 0
                DEFAULT linux
                LABEL linux
                  KERNEL vmlinuz
                  INITRD initrd.img
                  APPEND console=ttyS0 panic=-1 quiet
                """);
        Files.copy(kernel, dir.resolve("vmlinuz"));

        Path raw = dir.resolve("boot.raw");
        DiskTools.ok("/usr/sbin/mkfs.vfat", "-C", "-n", "CFBOOT", raw.toString(), String.valueOf(40 * 1024));
        DiskTools.ok("/usr/bin/syslinux", "--install", raw.toString());
        DiskTools.ok("/usr/bin/mcopy", "-i", raw.toString(), dir.resolve("vmlinuz").toString(),
                dir.resolve("initrd.img").toString(), dir.resolve("syslinux.cfg").toString(), "::/");
        Path vmdk = DiskTools.vmwareStreamVmdk(raw, dir.resolve("boot.vmdk"));
        Files.delete(raw);

        Path vhd = dir.resolve("boot.vhd");
        try (VmdkImage image = Vmdk.open(vmdk)) {
            new FixedVhdWriter(Clock.systemUTC()).write(image, vhd, false, r -> { });
        }

        ProcessBuilder qemu = new ProcessBuilder("qemu-system-x86_64", "-accel", "tcg", "-m", "256",
                "-display", "none", "-serial", "stdio", "-monitor", "none", "-nic", "none", "-no-reboot",
                "-drive", "file=" + vhd + ",format=vpc,if=ide");
        try (ChildProcess vm = ChildProcess.start("qemu", qemu)) {
            Matcher seen = vm.awaitLine(Pattern.compile("(?s).*(" + Pattern.quote(marker) + ").*"),
                    Duration.ofMinutes(5));
            assertThat(seen.group(1)).isEqualTo(marker);
        }
    }

    private static Path kernel() throws IOException {
        try (Stream<Path> boot = Files.list(Path.of("/boot"))) {
            return boot.filter(p -> p.getFileName().toString().startsWith("vmlinuz-")).sorted().reduce((a, b) -> b)
                    .orElseThrow(() -> new MissingTestToolException("no kernel in /boot (Debian linux-image-amd64)"));
        }
    }
}
