package dev.cloudfit.migrate.azure;

import com.azure.storage.blob.BlobClientBuilder;
import com.azure.storage.blob.models.PageRange;
import com.azure.storage.blob.specialized.PageBlobClient;
import dev.cloudfit.migrate.disk.vhd.VhdFooter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * Test-only stand-in for the data path: writes a fixed VHD's first page and footer into an upload
 * SAS with the plain storage SDK; the footer is {@link VhdFooter}'s (the local ARM checks it on its
 * own at revoke).
 */
final class TestVhd {

    private TestVhd() {
    }

    /** Writes a marker sector at offset 0 and a correct footer at {@code virtualSize}. */
    static void upload(UploadGrant grant, long virtualSize) {
        write(grant, virtualSize, footer(virtualSize));
    }

    /** Writes the marker sector and the given footer bytes. */
    static void write(UploadGrant grant, long virtualSize, byte[] footer) {
        PageBlobClient blob = new BlobClientBuilder().endpoint(grant.sasUrl().toString()).buildClient().getPageBlobClient();
        byte[] first = new byte[512];
        byte[] marker = "cloudfit test disk".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(marker, 0, first, 0, marker.length);
        blob.uploadPages(new PageRange().setStart(0).setEnd(511), new ByteArrayInputStream(first));
        blob.uploadPages(new PageRange().setStart(virtualSize).setEnd(virtualSize + 511), new ByteArrayInputStream(footer));
    }

    /** @return a fixed-VHD footer for a disk of {@code size} bytes (the writer's own footer) */
    static byte[] footer(long size) {
        return new VhdFooter(size, Instant.parse("2026-12-07T00:00:00Z"), UUID.randomUUID()).bytes();
    }
}
