package dev.cloudfit.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.sas.BlobSasPermission;
import com.azure.storage.blob.sas.BlobServiceSasSignatureValues;
import com.azure.storage.blob.specialized.PageBlobClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code disk upload} through picocli: results on stdout, the SAS nowhere, exit codes. */
@WithAzurite
class DiskUploadCommandTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Map<String, String> env, String... args) {
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                K made = CommandLine.defaultFactory().create(cls);
                if (made instanceof DiskUploadCommand upload) {
                    upload.environment = env::get;
                }
                return made;
            }
        };
        CommandLine cli = DiskCliMain.commandLine(factory);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static PageBlobClient disk(Azurite azurite, String name, long size) {
        var container = new BlobServiceClientBuilder().connectionString(azurite.connectionString()).buildClient()
                .getBlobContainerClient("cli");
        container.createIfNotExists();
        PageBlobClient blob = container.getBlobClient(name).getPageBlobClient();
        blob.create(size);
        return blob;
    }

    private static String sas(PageBlobClient blob) {
        return blob.getBlobUrl() + "?" + blob.generateSas(new BlobServiceSasSignatureValues(OffsetDateTime.now().plusHours(1),
                new BlobSasPermission().setReadPermission(true).setWritePermission(true)));
    }

    private Path image(String name, long size) throws Exception {
        Path file = dir.resolve(name);
        byte[] data = new byte[(int) (3 * MIB)];
        new Random(11).nextBytes(data);
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            c.write(ByteBuffer.wrap(data), 7 * MIB);
            c.write(ByteBuffer.wrap(new byte[] {1}), size - 1);
        }
        return file;
    }

    @Test
    void printsJsonAndTextWithoutEverShowingTheSas(Azurite azurite) throws Exception {
        Path image = image("disk.raw", 24 * MIB);
        PageBlobClient blob = disk(azurite, "json.vhd", 24 * MIB + 512);
        String sas = sas(blob);
        String signature = sas.substring(sas.indexOf("sig=") + 4).split("&")[0];
        Map<String, String> env = Map.of("DISK_SAS", sas);

        Run json = run(env, "upload", image.toString(), "--sas-env", "DISK_SAS", "--format", "json", "--verify");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(json.out());
        assertThat(r.get("blob").asText()).isEqualTo(blob.getBlobUrl());
        assertThat(r.get("verified").asBoolean()).isTrue();
        assertThat(r.get("blobSize").asLong()).isEqualTo(24 * MIB + 512);
        assertThat(r.get("chunksSent").asLong()).isEqualTo(3);  // 7-10 MiB: chunks 1 and 2; the last byte: chunk 5
        assertThat(r.get("bodyBytesSent").asLong()).isEqualTo(3 * MIB + 512 + 512);

        Run again = run(env, "upload", image.toString(), "--sas-env", "DISK_SAS");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).startsWith("already uploaded " + image.getFileName() + " to " + blob.getBlobUrl())
                .contains("sha256 of the disk's bytes: " + r.get("sha256").asText());

        PageBlobClient wrong = disk(azurite, "wrong.vhd", 25 * MIB + 512);
        Run refused = run(Map.of("DISK_SAS", sas(wrong)), "upload", image.toString(), "--sas-env", "DISK_SAS",
                "--journal", dir.resolve("wrong.journal").toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("create the disk with uploadSizeBytes " + (24 * MIB + 512));
        assertThat(dir.resolve("wrong.journal")).as("refused before anything is written").doesNotExist();

        Run unset = run(Map.of(), "upload", image.toString(), "--sas-env", "DISK_SAS");
        assertThat(unset.exit()).isEqualTo(2);
        assertThat(unset.err()).contains("DISK_SAS").contains("not set");

        String journal = Files.readString(dir.resolve("disk.raw.upload-journal"));
        for (String text : new String[] {json.out(), json.err(), again.out(), again.err(), refused.out(), refused.err(),
                unset.err(), journal}) {
            assertThat(text).doesNotContain(signature).doesNotContain("sig=").doesNotContain("?sv=");
        }
    }
}
