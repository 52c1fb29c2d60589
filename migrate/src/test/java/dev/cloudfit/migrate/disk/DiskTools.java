package dev.cloudfit.migrate.disk;

import dev.cloudfit.testkit.process.MissingTestToolException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/** The real tools the disk tests make and check images with: qemu-img and python3-vmdkstream. */
public final class DiskTools {

    public static final String VMDKSTREAM = "/usr/lib/python3/dist-packages/VMDKstream.py";

    private DiskTools() {
    }

    /** A finished command: its exit code and its output (stdout and stderr together). */
    public record Result(int exitCode, String output) {
    }

    public static Result run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Runs a command that must succeed. */
    public static String ok(String... command) throws IOException, InterruptedException {
        Result r = run(List.of(command));
        if (r.exitCode() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed (" + r.exitCode() + "): " + r.output());
        }
        return r.output();
    }

    public static void requireQemuImg() {
        if (!Files.isExecutable(Path.of("/usr/bin/qemu-img"))) {
            throw new MissingTestToolException("qemu-img (Debian qemu-utils) is not installed");
        }
    }

    public static void requireVmdkStream() {
        if (!Files.isRegularFile(Path.of(VMDKSTREAM))) {
            throw new MissingTestToolException("python3-vmdkstream is not installed (" + VMDKSTREAM + ")");
        }
    }

    /**
     * A raw disk of {@code bytes} (a whole number of sectors) with random data, text and zero runs,
     * including data in the last, partial grain.
     */
    public static byte[] sampleDisk(int bytes, long seed) {
        byte[] disk = new byte[bytes];
        Random random = new Random(seed);
        fillRandom(disk, 0, 3 << 20, random);
        fillRandom(disk, (7 << 20) + 100 * 512, 2 << 20, random);
        byte[] text = "hello cloudfit, line after line of text\n".repeat(5000).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, disk, 12 << 20, text.length);
        fillRandom(disk, bytes - 70_000, 70_000, random);
        return disk;
    }

    private static void fillRandom(byte[] disk, int from, int length, Random random) {
        byte[] chunk = new byte[length];
        random.nextBytes(chunk);
        System.arraycopy(chunk, 0, disk, from, length);
    }

    /** Makes a VMDK of {@code subformat} from a raw file with qemu-img; returns the descriptor or single file. */
    public static Path qemuVmdk(Path raw, String subformat, Path out) throws IOException, InterruptedException {
        requireQemuImg();
        ok("qemu-img", "convert", "-f", "raw", "-O", "vmdk", "-o", "subformat=" + subformat, raw.toString(),
                out.toString());
        return out;
    }

    /** Makes a VMware-layout streamOptimized VMDK (GD and footer at the end, EOS marker). */
    public static Path vmwareStreamVmdk(Path raw, Path out) throws IOException, InterruptedException {
        requireVmdkStream();
        ok("python3", VMDKSTREAM, raw.toString(), out.toString());
        return out;
    }

    /** {@code qemu-img compare -f vmdk -F vpc}: the oracle. */
    public static Result compare(Path vmdk, Path vhd) throws IOException, InterruptedException {
        requireQemuImg();
        return run(new ArrayList<>(List.of("qemu-img", "compare", "-f", "vmdk", "-F", "vpc", vmdk.toString(),
                vhd.toString())));
    }
}
