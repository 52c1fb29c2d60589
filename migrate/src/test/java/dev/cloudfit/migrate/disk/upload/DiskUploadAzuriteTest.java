package dev.cloudfit.migrate.disk.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.migrate.disk.vhd.VhdFooter;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DiskUploader} against a real Azurite, every request seen by a recording relay. */
@WithAzurite
class DiskUploadAzuriteTest {

    private static final long MIB = DataSize.MIB;
    private static final RetryPolicy QUICK = new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(50),
            Duration.ofSeconds(30));
    /** 41 MiB + 3 pages: not a whole MiB, so the blob is 42 MiB + 512. */
    private static final long VIRTUAL = 41 * MIB + 1536;
    /** Page-aligned data, more than 4 KiB apart: sent exactly, one request each (split at 4 MiB). */
    private static final List<ByteRange> DATA = List.of(
            new ByteRange(0, 64 * 1024),
            new ByteRange(5 * MIB + 512, 3 * 1024),
            new ByteRange(12 * MIB - 8 * 512, 4 * MIB + 16 * 512),  // across two chunk boundaries
            new ByteRange(30 * MIB + 100 * 512, 512),
            new ByteRange(VIRTUAL - 1536, 1536));

    @TempDir
    Path dir;

    private AzuriteDisks disks;
    private RecordingProxy proxy;

    @BeforeEach
    void start(Azurite azurite) throws Exception {
        disks = new AzuriteDisks(azurite);
        proxy = new RecordingProxy(azurite.blobEndpoint());
    }

    @AfterEach
    void stop() {
        proxy.close();
    }

    private UploadResult upload(Path image, AzuriteDisks.Disk disk, int parallel, boolean verify) {
        UploadSettings settings = new UploadSettings(parallel, QUICK, verify, UploadSettings.defaultJournal(image));
        try (UploadSource source = UploadSource.open(image)) {
            return new DiskUploader(settings, UploadProgress.NONE)
                    .upload(source, SasUrl.parse(proxy.via(disk.sas()), "test"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long total(List<ByteRange> ranges) {
        return ranges.stream().mapToLong(ByteRange::length).sum();
    }

    @Test
    void sendsOnlyTheNonZeroPagesInRequestsOfAtMost4MiBAndTheFooterLast() throws Exception {
        Path image = TestImages.raw(dir.resolve("disk.raw"), VIRTUAL, DATA, 1);
        long dataBytes = 42 * MIB;
        AzuriteDisks.Disk disk = disks.create(dataBytes + 512);

        UploadResult r = upload(image, disk, 4, true);

        List<RecordingProxy.Exchange> puts = proxy.exchanges().stream().filter(RecordingProxy.Exchange::isPutPage).toList();
        assertThat(puts).allSatisfy(p -> {
            assertThat(p.bodyBytes()).isLessThanOrEqualTo(4 * MIB);
            assertThat(p.rangeStart() % 512).isZero();
            assertThat(p.rangeEnd() % 512).isZero();
            assertThat(p.bodyBytes()).isEqualTo(p.rangeEnd() - p.rangeStart());
        });
        assertThat(puts).allMatch(RecordingProxy.Exchange::isUpdate); // a fresh disk has nothing stale
        RecordingProxy.Exchange last = puts.get(puts.size() - 1);
        assertThat(last.rangeStart()).as("the footer is written last").isEqualTo(dataBytes);
        assertThat(last.bodyBytes()).isEqualTo(512);
        assertThat(puts.subList(0, puts.size() - 1)).allMatch(p -> p.rangeEnd() <= dataBytes);
        // exactly the data pages went on the wire, then the footer
        assertThat(puts.stream().mapToLong(RecordingProxy.Exchange::bodyBytes).sum()).isEqualTo(total(DATA) + 512);
        assertThat(r.bodyBytesSent()).isEqualTo(total(DATA) + 512);
        assertThat(r.largestRequestBody()).isEqualTo(4 * MIB);
        // chunks 0, 1, 2, 3, 4, 7, 10 hold data; the other 4 of 11 are zeros and not sent
        assertThat(r.chunks()).isEqualTo(11);
        assertThat(r.chunksSent()).isEqualTo(7);
        assertThat(r.chunksZero()).isEqualTo(4);

        byte[] source = Files.readAllBytes(image);
        byte[] blob = disk.bytes();
        assertThat(blob).hasSize((int) (dataBytes + 512));
        assertThat(Arrays.copyOf(blob, (int) VIRTUAL)).isEqualTo(source);
        assertThat(Arrays.copyOfRange(blob, (int) VIRTUAL, (int) dataBytes)).containsOnly((byte) 0);
        byte[] footer = Arrays.copyOfRange(blob, (int) dataBytes, blob.length);
        assertThat(new String(footer, 0, 8, StandardCharsets.US_ASCII)).isEqualTo("conectix");
        assertThat(ByteBuffer.wrap(footer).getLong(48)).isEqualTo(dataBytes);
        assertThat(ByteBuffer.wrap(footer).getInt(60)).isEqualTo(VhdFooter.FIXED);
        assertThat(ByteBuffer.wrap(footer).getInt(64)).isEqualTo(VhdFooter.checksum(footer));
        assertThat(r.sha256()).isEqualTo(TestImages.sha256(source, source.length));
        assertThat(r.verified()).isTrue();
        assertThat(r.footer()).isEqualTo("cloudfit");
        assertThat(disk.pages()).as("no page is listed where the source has zeros")
                .allSatisfy(p -> assertThat(DATA.stream().anyMatch(d -> d.offset() <= p.offset() && p.end() <= d.end())
                        || p.offset() == dataBytes).isTrue());
    }

    @Test
    void aFixedVhdMadeByQemuImgLandsByteForByte() throws Exception {
        Path raw = TestImages.raw(dir.resolve("in.raw"), 24 * MIB, List.of(new ByteRange(MIB, 3 * MIB),
                new ByteRange(20 * MIB, 4096)), 2);
        Path vhd = dir.resolve("in.vhd");
        Process qemu = new ProcessBuilder("qemu-img", "convert", "-f", "raw", "-O", "vpc", "-o",
                "subformat=fixed,force_size=on", raw.toString(), vhd.toString()).redirectErrorStream(true).start();
        assertThat(qemu.waitFor()).as(new String(qemu.getInputStream().readAllBytes())).isZero();
        AzuriteDisks.Disk disk = disks.create(Files.size(vhd));

        UploadResult r = upload(vhd, disk, 2, true);

        assertThat(disk.bytes()).isEqualTo(Files.readAllBytes(vhd));
        assertThat(r.footer()).isEqualTo("input");
        assertThat(r.sha256()).isEqualTo(TestImages.sha256(Files.readAllBytes(raw), (int) (24 * MIB)));
    }

    @Test
    void aDiskOfAnotherSizeIsRefusedBeforeAnyByteMoves() throws Exception {
        Path image = TestImages.raw(dir.resolve("disk.raw"), VIRTUAL, DATA, 3);
        AzuriteDisks.Disk disk = disks.create(41 * MIB + 512); // the virtual size rounded down: too small

        assertThatThrownBy(() -> upload(image, disk, 4, false))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("needs " + (42 * MIB + 512))
                .hasMessageContaining(disk.url().getPath())
                .hasMessageNotContaining("sig=");
        assertThat(proxy.exchanges()).noneMatch(e -> e.method().equals("PUT"));
        assertThat(disk.pages()).isEmpty();
    }

    @Test
    void staleDataFromAnEarlierUploadIsClearedWhereTheSourceHasZeros() throws Exception {
        long dataBytes = 42 * MIB;
        AzuriteDisks.Disk disk = disks.create(dataBytes + 512);
        byte[] junk = new byte[4 * (int) MIB];
        new Random(9).nextBytes(junk);
        for (long at = 0; at < dataBytes; at += junk.length) {
            int n = (int) Math.min(junk.length, dataBytes - at);
            disk.blob().uploadPages(new com.azure.storage.blob.models.PageRange().setStart(at).setEnd(at + n - 1),
                    new ByteArrayInputStream(junk, 0, n));
        }
        Path image = TestImages.raw(dir.resolve("disk.raw"), VIRTUAL, DATA, 4);

        UploadResult r = upload(image, disk, 3, true);

        byte[] blob = disk.bytes();
        assertThat(Arrays.copyOf(blob, (int) VIRTUAL)).isEqualTo(Files.readAllBytes(image));
        assertThat(Arrays.copyOfRange(blob, (int) VIRTUAL, (int) dataBytes)).containsOnly((byte) 0);
        assertThat(r.bytesCleared()).isEqualTo(dataBytes - total(DATA));
        assertThat(r.chunksZero()).isZero();
        assertThat(total(disk.pages())).isEqualTo(total(DATA) + 512);
    }

    @Test
    void passingFailuresAreRetriedAndRefusalsAreNot() throws Exception {
        Path image = TestImages.raw(dir.resolve("disk.raw"), VIRTUAL, DATA, 5);
        AzuriteDisks.Disk disk = disks.create(42 * MIB + 512);
        proxy.failNextPutPages(2, 503, null);

        UploadResult r = upload(image, disk, 1, true);
        assertThat(r.retries()).isEqualTo(2);
        assertThat(r.verified()).isTrue();

        AzuriteDisks.Disk second = disks.create(42 * MIB + 512);
        Path other = TestImages.raw(dir.resolve("other.raw"), VIRTUAL, DATA, 6);
        proxy.failNextPutPages(1, 429, "1");
        long before = System.nanoTime();
        UploadResult throttled = upload(other, second, 1, false);
        assertThat(throttled.retries()).isEqualTo(1);
        assertThat(System.nanoTime() - before).as("Retry-After is honoured up to the policy's longest wait")
                .isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());

        AzuriteDisks.Disk third = disks.create(42 * MIB + 512);
        Path refused = TestImages.raw(dir.resolve("refused.raw"), VIRTUAL, DATA, 7);
        proxy.failNextPutPages(1, 403, null);
        assertThatThrownBy(() -> upload(refused, third, 1, false))
                .isInstanceOf(ExternalSystemException.class)
                .hasMessageContaining("HTTP 403").hasMessageContaining("SAS was refused")
                .hasMessageNotContaining(third.signature());
    }

    @Test
    void upToParallelRequestsAreInFlightAndNoMore() throws Exception {
        Path image = TestImages.raw(dir.resolve("disk.raw"), VIRTUAL, DATA, 10);
        AzuriteDisks.Disk disk = disks.create(42 * MIB + 512);
        proxy.gatherFirstPutPages(3); // holds the first writes until three are there at once

        UploadResult r = upload(image, disk, 3, true);

        assertThat(proxy.maxPutPagesInFlight()).isEqualTo(3);
        assertThat(r.verified()).isTrue();
    }

    @Test
    void aRequestThatTimesOutIsSentAgain() throws Exception {
        Path image = TestImages.raw(dir.resolve("disk.raw"), VIRTUAL, DATA, 12);
        AzuriteDisks.Disk disk = disks.create(42 * MIB + 512);
        proxy.stallNextPutPages(1, Duration.ofSeconds(6));
        RetryPolicy impatient = new RetryPolicy(5, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(2));

        UploadResult r;
        try (UploadSource source = UploadSource.open(image)) {
            r = new DiskUploader(new UploadSettings(1, impatient, true, dir.resolve("j")), UploadProgress.NONE)
                    .upload(source, SasUrl.parse(proxy.via(disk.sas()), "test"));
        }
        RecordingProxy.Exchange stalled = proxy.exchanges().stream().filter(e -> e.status() == 0).findFirst()
                .orElseThrow(() -> new AssertionError("retries " + r.retries() + "; no stalled request in " + proxy.exchanges()));
        assertThat(proxy.exchanges()).as("the timed-out write was sent again and succeeded")
                .anyMatch(e -> e.status() == 201 && stalled.range().equals(e.range()));
        assertThat(r.retries()).isGreaterThanOrEqualTo(1); // a loaded machine may time out more than the stalled one
        assertThat(r.verified()).isTrue();
    }

    @Test
    void verifyFindsABlobChangedAfterTheUpload() throws Exception {
        Path image = TestImages.raw(dir.resolve("disk.raw"), VIRTUAL, DATA, 8);
        AzuriteDisks.Disk disk = disks.create(42 * MIB + 512);
        upload(image, disk, 2, false);
        byte[] page = new byte[512];
        page[7] = 1;
        disk.blob().uploadPages(new com.azure.storage.blob.models.PageRange().setStart(20 * MIB).setEnd(20 * MIB + 511),
                new ByteArrayInputStream(page));

        UploadResult again = upload(image, disk, 2, false);
        assertThat(again.alreadyComplete()).isTrue();
        assertThat(again.bodyBytesSent()).isZero();
        assertThatThrownBy(() -> upload(image, disk, 2, true))
                .isInstanceOf(ExternalSystemException.class).hasMessageContaining("verification failed");
    }
}
