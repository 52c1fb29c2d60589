package dev.cloudfit.migrate.disk.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.migrate.disk.vhd.VhdFooter;
import dev.cloudfit.testkit.azurite.Azurite;
import dev.cloudfit.testkit.azurite.WithAzurite;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The warm cycle's page-blob target against Azurite: areas handed over in pieces that cut pages and
 * 4 MiB windows anywhere still go out as Put Page of at most 4 MiB, zero pages of a changed area are
 * cleared, {@code zero} clears only what the blob holds, the footer comes last.
 */
@WithAzurite
class PageBlobTargetAzuriteTest {

    private static final int MIB = 1 << 20;
    private static final long VIRTUAL = 24L * MIB;

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

    private PageBlobTarget target(AzuriteDisks.Disk disk, byte[] footer, int parallel) {
        return new PageBlobTarget(new PageBlobRest(SasUrl.parse(proxy.via(disk.sas()), "test"), RetryPolicy.DEFAULT),
                new UploadLayout(VIRTUAL), footer, parallel);
    }

    /** Hands {@code [from, from + length)} of {@code disk} to the target in pieces of {@code piece} bytes. */
    private static void area(PageBlobTarget target, byte[] disk, long from, int length, int piece) {
        byte[] buffer = new byte[piece];
        for (int done = 0; done < length; done += piece) {
            int n = Math.min(piece, length - done);
            System.arraycopy(disk, (int) from + done, buffer, 0, n);
            target.write(from + done, buffer, n);
        }
    }

    private static byte[] blob(AzuriteDisks.Disk disk) {
        return disk.blob().downloadContent().toBytes();
    }

    private List<RecordingProxy.Exchange> putPages() {
        return proxy.exchanges().stream().filter(RecordingProxy.Exchange::isPutPage).toList();
    }

    @Test
    void writesTheAreasInPutPagesOfAtMost4MiBClearsWhatBecameZeroAndWritesTheFooterLast() {
        AzuriteDisks.Disk disk = disks.create(VIRTUAL + 512);
        byte[] footer = new VhdFooter(VIRTUAL, Instant.parse("2026-12-07T12:00:00Z"),
                UUID.nameUUIDFromBytes("disk".getBytes(StandardCharsets.UTF_8))).bytes();
        byte[] source = new byte[(int) VIRTUAL];
        Random random = new Random(5);
        byte[] part = new byte[6 * MIB];
        random.nextBytes(part);
        System.arraycopy(part, 0, source, 0, 6 * MIB);            // 6 MiB across the 4 MiB window boundary
        random.nextBytes(part);
        System.arraycopy(part, 0, source, 10 * MIB, MIB);          // 1 MiB at 10 MiB

        // the first copy: two areas, handed over in pieces of 100,000 bytes (neither pages nor windows),
        // up to 4 requests in flight
        PageBlobTarget first = target(disk, footer, 4);
        try (first) {
            area(first, source, 0, 6 * MIB, 100_000);
            area(first, source, 10L * MIB, MIB, 100_000);
            first.finish();
        }
        assertThat(first.dataBytesSent()).isEqualTo(7L * MIB);
        assertThat(first.bytesCleared()).isZero();
        List<RecordingProxy.Exchange> puts = putPages();
        assertThat(puts).allSatisfy(p -> assertThat(p.bodyBytes()).isLessThanOrEqualTo(4L * MIB));
        assertThat(puts).allMatch(RecordingProxy.Exchange::isUpdate);
        // 0-4 MiB, 4-6 MiB, 10-11 MiB in any order, then the footer at the end of the data, last
        assertThat(puts.subList(0, 3)).extracting(RecordingProxy.Exchange::range).containsExactlyInAnyOrder(
                "bytes=0-4194303", "bytes=4194304-6291455", "bytes=10485760-11534335");
        assertThat(puts.get(3).range()).isEqualTo("bytes=25165824-25166335");
        assertThat(puts).hasSize(4);
        byte[] written = blob(disk);
        assertThat(Arrays.copyOf(written, (int) VIRTUAL)).isEqualTo(source);
        assertThat(Arrays.copyOfRange(written, (int) VIRTUAL, (int) VIRTUAL + 512)).isEqualTo(footer);

        // the next cycle: the MiB at 10 MiB became zero but for one page; the first MiB is zeroed by a reset
        Arrays.fill(source, 10 * MIB, 11 * MIB, (byte) 0);
        source[10 * MIB + 65536] = 9;
        Arrays.fill(source, 0, MIB, (byte) 0);
        int before = puts.size();
        PageBlobTarget second = target(disk, footer, 1);
        try (second) {
            area(second, source, 10L * MIB, MIB, 65536);
            second.zero(12L * MIB, 12L * MIB);                      // nothing held there: no request
            second.finish();
        }
        PageBlobTarget reset = target(disk, footer, 1);
        try (reset) {
            reset.zero(0, MIB);
            reset.finish();
        }
        assertThat(second.dataBytesSent()).isEqualTo(512);
        assertThat(second.bytesCleared()).isEqualTo(MIB - 512);
        assertThat(reset.bytesCleared()).isEqualTo(MIB);
        List<RecordingProxy.Exchange> later = putPages().subList(before, putPages().size());
        assertThat(later).extracting(RecordingProxy.Exchange::pageWrite).containsExactly(
                "clear", "update", "clear", "update", "clear", "update");
        assertThat(Arrays.copyOf(blob(disk), (int) VIRTUAL)).isEqualTo(source);
    }

    @Test
    void anAreaThatIsNotWholeSectorsIsRefused() {
        AzuriteDisks.Disk disk = disks.create(VIRTUAL + 512);
        try (PageBlobTarget target = target(disk, new byte[512], 2)) {
            target.write(1000, new byte[4096], 4096);
            assertThatThrownBy(target::finish).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("not 512-byte aligned");
        }
        assertThat(putPages()).isEmpty();
    }
}
