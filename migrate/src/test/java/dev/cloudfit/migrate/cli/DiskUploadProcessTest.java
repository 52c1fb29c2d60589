package dev.cloudfit.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.sas.BlobSasPermission;
import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import com.azure.storage.blob.specialized.PageBlobClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.migrate.disk.upload.RecordingProxy;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resume check: {@code disk upload} as a child JVM is killed (SIGKILL, no chance to
 * tidy up) after exactly five chunks are journaled, then run again; the blob ends identical to the
 * source plus its footer, and the second run sends only what the first had not written.
 */
@WithAzurite
class DiskUploadProcessTest {

    private static final long MIB = 1024 * 1024;
    private static final int KILL_AFTER = 5;

    @TempDir
    Path dir;

    private Process start(String sas, Path image, Path journal, Path out, Path err) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), DiskCliMain.class.getName(),
                "upload", image.toString(), "--sas-env", "CLOUDFIT_TEST_DISK_SAS", "--journal", journal.toString(),
                "--parallel", "1", "--format", "json"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("CLOUDFIT_TEST_DISK_SAS", sas);
        Process p = builder.start();
        p.getOutputStream().close();
        return p;
    }

    private static long journaledChunks(Path journal) throws Exception {
        if (!Files.exists(journal)) {
            return 0;
        }
        return Files.readAllLines(journal, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("chunk ")).count();
    }

    @Test
    void aKilledUploadResumesAndEndsWithTheSourceBytes(Azurite azurite) throws Exception {
        long size = 64 * MIB;
        Path image = dir.resolve("disk.raw");
        byte[] source = new byte[(int) size];
        Random random = new Random(5);
        for (int chunk = 0; chunk < 16; chunk++) { // data in every 4 MiB chunk, a hole in each too
            byte[] part = new byte[(int) (3 * MIB)];
            random.nextBytes(part);
            System.arraycopy(part, 0, source, (int) (chunk * 4 * MIB + MIB / 2), part.length);
        }
        try (FileChannel c = FileChannel.open(image, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            c.write(ByteBuffer.wrap(source));
        }
        var container = new BlobServiceClientBuilder().connectionString(azurite.connectionString()).buildClient()
                .getBlobContainerClient("killed");
        container.create();
        PageBlobClient blob = container.getBlobClient("disk.vhd").getPageBlobClient();
        blob.create(size + 512);
        String sas = blob.getBlobUrl() + "?" + blob.generateSas(new BlobServiceSasSignatureValues(
                OffsetDateTime.now().plusHours(1), new BlobSasPermission().setReadPermission(true).setWritePermission(true)));
        Path journal = dir.resolve("disk.journal");

        try (RecordingProxy proxy = new RecordingProxy(azurite.blobEndpoint())) {
            proxy.holdAfterUpdates(KILL_AFTER);
            Process first = start(proxy.via(sas), image, journal, dir.resolve("out1"), dir.resolve("err1"));
            try {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (journaledChunks(journal) < KILL_AFTER && first.isAlive() && System.nanoTime() < deadline) {
                    Thread.sleep(20); // polling the journal file; the relay holds the sixth write, so it stops at five
                }
                assertThat(journaledChunks(journal)).as(Files.readString(dir.resolve("err1"))).isEqualTo(KILL_AFTER);
            } finally {
                first.destroyForcibly(); // SIGKILL
            }
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).isEqualTo(128 + 9);
            byte[] half = download(blob);
            assertThat(Arrays.copyOfRange(half, (int) size, half.length)).as("no footer before the data is complete")
                    .containsOnly((byte) 0);

            proxy.release();
            int sentBefore = proxy.exchanges().size();
            Process second = start(proxy.via(sas), image, journal, dir.resolve("out2"), dir.resolve("err2"));
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String err = Files.readString(dir.resolve("err2"));
            assertThat(second.exitValue()).as(err).isZero();
            JsonNode r = new ObjectMapper().readTree(Files.readString(dir.resolve("out2")));
            assertThat(r.get("chunksResumed").asLong()).isEqualTo(KILL_AFTER);
            assertThat(r.get("chunksSent").asLong()).isEqualTo(16 - KILL_AFTER);
            List<RecordingProxy.Exchange> resent = proxy.exchanges().subList(sentBefore, proxy.exchanges().size())
                    .stream().filter(RecordingProxy.Exchange::isUpdate).toList();
            assertThat(resent).as("the second run does not write the chunks the journal holds")
                    .isNotEmpty().allSatisfy(e -> assertThat(e.rangeStart()).isGreaterThanOrEqualTo(KILL_AFTER * 4 * MIB));
            assertThat(err + Files.readString(dir.resolve("out2")) + Files.readString(journal))
                    .doesNotContain("sig=");
        }

        byte[] uploaded = download(blob);
        assertThat(Arrays.copyOf(uploaded, (int) size)).isEqualTo(source);
        assertThat(new String(uploaded, (int) size, 8, StandardCharsets.US_ASCII)).isEqualTo("conectix");
    }

    private static byte[] download(PageBlobClient blob) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        blob.downloadStream(out);
        return out.toByteArray();
    }
}
