import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.sas.BlobSasPermission;
import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import com.azure.storage.blob.specialized.PageBlobClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.testkit.azurite.Azurite;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Benchmark for issue 12's upload check: a 4 GiB disk, 25 % allocated, uploaded into Azurite by the
 * real command ({@code ./cloudfit disk upload}); the bytes our client puts on the wire are counted
 * twice: by the client (request bodies, every attempt) and by a TCP relay between it and Azurite
 * (everything: request lines, headers, bodies). Both are compared with the allocated bytes.
 *
 *   java -cp CP bench/DiskUploadBench.java IMAGE_DIR [PARALLEL]
 */
public class DiskUploadBench {

    static final long MIB = 1024 * 1024;
    static final long SIZE = 4096 * MIB;
    static final long ALLOCATED_TARGET = SIZE / 4;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String parallel = args.length > 1 ? args[1] : "4";
        Path image = dir.resolve("disk-4g-25pct.raw");
        long allocated = makeImage(image);
        System.out.printf(Locale.ROOT, "image: %s, %d bytes virtual, %d bytes allocated (%.1f %%)%n", image, SIZE,
                allocated, 100.0 * allocated / SIZE);
        try (Azurite azurite = Azurite.start(); CountingRelay relay = new CountingRelay(azurite.port())) {
            var container = new BlobServiceClientBuilder().connectionString(azurite.connectionString()).buildClient()
                    .getBlobContainerClient("bench");
            container.create();
            PageBlobClient blob = container.getBlobClient("disk.vhd").getPageBlobClient();
            blob.create(SIZE + 512);
            String sas = blob.getBlobUrl() + "?" + blob.generateSas(new BlobServiceSasSignatureValues(
                    OffsetDateTime.now().plusHours(2), new BlobSasPermission().setReadPermission(true).setWritePermission(true)));
            String viaRelay = sas.replace(":" + azurite.port() + "/", ":" + relay.port() + "/");
            Path journal = dir.resolve("bench.upload-journal");
            Files.deleteIfExists(journal);
            ProcessBuilder pb = new ProcessBuilder("./cloudfit", "disk", "upload", image.toString(), "--sas-env", "BENCH_SAS",
                    "--journal", journal.toString(), "--parallel", parallel, "--format", "json")
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            pb.environment().put("BENCH_SAS", viaRelay);
            long t0 = System.nanoTime();
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            int exit = p.waitFor();
            double wall = (System.nanoTime() - t0) / 1e9;
            if (exit != 0) {
                throw new IllegalStateException("cloudfit disk upload exited " + exit + ": " + out);
            }
            JsonNode r = new ObjectMapper().readTree(out);
            long body = r.get("bodyBytesSent").asLong();
            long wire = relay.clientToServer.get();
            System.out.printf(Locale.ROOT, "parallel %s: %d requests, %d retries, process %.1f s wall (upload %.1f s, %.0f MiB/s of allocated data)%n",
                    parallel, r.get("requests").asLong(), r.get("retries").asLong(), wall, r.get("seconds").asDouble(),
                    allocated / MIB / r.get("seconds").asDouble());
            System.out.printf(Locale.ROOT, "request bodies (client's count): %d bytes = %.5f x allocated%n", body,
                    (double) body / allocated);
            System.out.printf(Locale.ROOT, "on the wire, client to server (relay's count): %d bytes = %.5f x allocated%n",
                    wire, (double) wire / allocated);
            System.out.printf(Locale.ROOT, "chunks: %d, sent %d, all-zero %d; largest request body %d bytes%n",
                    r.get("chunks").asLong(), r.get("chunksSent").asLong(), r.get("chunksZero").asLong(),
                    r.get("largestRequestBody").asLong());
            System.out.println((double) wire / allocated <= 1.01 ? "PASS: <= 1.01 x allocated" : "FAIL: > 1.01 x allocated");
        }
    }

    /**
     * A sparse 4 GiB raw image (made once, seed 42): random bytes in extents of 4 KiB to 8 MiB
     * (log-uniform, 4 KiB-aligned, as a file system's allocations), until a quarter is allocated.
     */
    static long makeImage(Path image) throws IOException {
        Random random = new Random(42);
        TreeMap<Long, Long> extents = new TreeMap<>();
        long allocated = 0;
        while (allocated < ALLOCATED_TARGET) {
            long length = Math.min(ALLOCATED_TARGET - allocated,
                    Math.max(4096, (long) Math.exp(Math.log(4096) + random.nextDouble() * Math.log(2048)) / 4096 * 4096));
            length = Math.max(4096, length / 4096 * 4096);
            long offset = (long) (random.nextDouble() * ((SIZE - length) / 4096)) * 4096;
            var before = extents.floorEntry(offset + length);
            if (before != null && before.getKey() + before.getValue() > offset) {
                continue; // overlaps
            }
            extents.put(offset, length);
            allocated += length;
        }
        if (Files.exists(image) && Files.size(image) == SIZE) {
            return allocated;
        }
        Path temp = image.resolveSibling(image.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        byte[] buffer = new byte[(int) (8 * MIB)];
        try (FileChannel c = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (var e : extents.entrySet()) {
                random.nextBytes(buffer);
                buffer[0] |= 1;
                c.write(ByteBuffer.wrap(buffer, 0, (int) (long) e.getValue()), e.getKey());
            }
            c.write(ByteBuffer.wrap(new byte[1]), SIZE - 1);
        }
        Files.move(temp, image);
        return allocated;
    }

    /** A loopback TCP relay to Azurite that counts the bytes the client sends. */
    static final class CountingRelay implements AutoCloseable {
        final AtomicLong clientToServer = new AtomicLong();
        final ServerSocket server;
        final int target;

        CountingRelay(int target) throws IOException {
            this.target = target;
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread accept = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket client = server.accept();
                        Socket upstream = new Socket(InetAddress.getLoopbackAddress(), target);
                        pump(client, upstream, clientToServer);
                        pump(upstream, client, new AtomicLong());
                    } catch (IOException e) {
                        return;
                    }
                }
            }, "relay-accept");
            accept.setDaemon(true);
            accept.start();
        }

        int port() {
            return server.getLocalPort();
        }

        static void pump(Socket from, Socket to, AtomicLong counter) {
            Thread t = new Thread(() -> {
                byte[] buf = new byte[256 * 1024];
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    for (int n; (n = in.read(buf)) >= 0; ) {
                        counter.addAndGet(n);
                        out.write(buf, 0, n);
                    }
                } catch (IOException e) {
                    // connection closed
                } finally {
                    try {
                        to.shutdownOutput();
                    } catch (IOException ignored) {
                        // already closed
                    }
                }
            }, "relay-pump");
            t.setDaemon(true);
            t.start();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
