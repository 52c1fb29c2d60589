package dev.cloudfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.testkit.process.MissingTestToolException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cloudfit disk convert} through the real command line: JSON result, exit codes, one-line errors. */
class DiskConvertCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return CloudfitCommandLine.run(args,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void convertsAndReportsAsJson() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/qemu-img"))) {
            throw new MissingTestToolException("qemu-img (Debian qemu-utils) is not installed");
        }
        byte[] disk = new byte[(20 << 20) + 4096];
        new Random(1).nextBytes(disk);
        Path raw = Files.write(dir.resolve("d.raw"), disk);
        Path vmdk = dir.resolve("d.vmdk");
        Process p = new ProcessBuilder("qemu-img", "convert", "-f", "raw", "-O", "vmdk", "-o",
                "subformat=monolithicSparse", raw.toString(), vmdk.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
        Path vhd = dir.resolve("d.vhd");

        assertThat(run("disk", "convert", vmdk.toString(), vhd.toString(), "--format", "json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("createType").asText()).isEqualTo("monolithicSparse");
        assertThat(json.get("virtualSizeBytes").asLong()).isEqualTo(disk.length);
        assertThat(json.get("vhdDataBytes").asLong()).isEqualTo(21L << 20);
        assertThat(json.get("fileBytes").asLong()).isEqualTo((21L << 20) + 512).isEqualTo(Files.size(vhd));
        assertThat(json.get("dataBytes").asLong()).isEqualTo(disk.length);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("convert 100%");

        out.reset();
        err.reset();
        assertThat(run("disk", "convert", vmdk.toString(), vhd.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("cloudfit: error: " + vhd + " already exists (pass --force to replace it)");
    }

    @Test
    void aFolderWithoutRoomForTheWholeVhdIsOneLineWithExitCode2() throws Exception {
        // 30 TiB of ZERO extent: stored nowhere, but its fixed VHD is 30 TiB + 512 bytes
        Path vmdk = Files.writeString(dir.resolve("huge.vmdk"), "# Disk DescriptorFile\nversion=1\nCID=fffffffe\n"
                + "parentCID=ffffffff\ncreateType=\"monolithicFlat\"\n\nRW " + (30L << 31) + " ZERO\n");
        long free = Files.getFileStore(dir).getUsableSpace();
        assumeTrue(free < (30L << 40) + 512, "this file system has more than 30 TiB free");

        assertThat(run("disk", "convert", vmdk.toString(), dir.resolve("huge.vhd").toString())).isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8).strip()).startsWith("cloudfit: error: " + dir.toAbsolutePath()
                + ": not enough free space for the fixed VHD: it needs 32985348833792 bytes (30.00 TiB), the file system"
                + " has ").endsWith(" free; choose another folder or make room").doesNotContain("\n");
        assertThat(Files.exists(dir.resolve("huge.vhd"))).isFalse();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(vmdk);
        }
    }

    @Test
    void aMissingInputIsOneLineWithExitCode2() {
        assertThat(run("disk", "convert", dir.resolve("nope.vmdk").toString(), dir.resolve("x.vhd").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo("cloudfit: error: nope.vmdk: no such file");
        assertThat(Files.exists(dir.resolve("x.vhd"))).isFalse();
    }
}
