package dev.cloudfit.migrate.azure;

import com.azure.storage.blob.BlobClientBuilder;
import com.azure.storage.blob.models.PageRange;
import com.azure.storage.blob.specialized.PageBlobClient;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Test-only stand-in for the data path: writes a fixed VHD's first page and footer into an upload
 * SAS with the plain storage SDK. The footer follows the VHD specification (cookie, features,
 * version, data offset, sizes, CHS geometry, disk type 2, one's-complement checksum).
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

    /** @return a fixed-VHD footer for a disk of {@code size} bytes */
    static byte[] footer(long size) {
        ByteBuffer b = ByteBuffer.allocate(512);
        b.put("conectix".getBytes(StandardCharsets.US_ASCII));
        b.putInt(2);                          // features: reserved bit always set
        b.putInt(0x00010000);                 // file format version 1.0
        b.putLong(0xFFFFFFFFFFFFFFFFL);       // data offset: none for a fixed disk
        b.putInt(0);                          // timestamp
        b.put("cfit".getBytes(StandardCharsets.US_ASCII));
        b.putInt(0x00010000);                 // creator version
        b.put("Wi2k".getBytes(StandardCharsets.US_ASCII));
        b.putLong(size);                      // original size
        b.putLong(size);                      // current size
        int[] chs = chs(size / 512);
        b.putShort((short) chs[0]);
        b.put((byte) chs[1]);
        b.put((byte) chs[2]);
        b.putInt(2);                          // disk type: fixed
        b.putInt(0);                          // checksum, computed below
        UUID id = UUID.randomUUID();
        b.putLong(id.getMostSignificantBits());
        b.putLong(id.getLeastSignificantBits());
        byte[] footer = b.array();
        int sum = 0;
        for (byte x : footer) {
            sum += x & 0xFF;
        }
        ByteBuffer.wrap(footer).putInt(64, ~sum);
        return footer;
    }

    /** The specification's CHS algorithm: {cylinders, heads, sectors per track}. */
    static int[] chs(long totalSectors) {
        long sectors = Math.min(totalSectors, 65535L * 16 * 255);
        long spt;
        long heads;
        long cth;
        if (sectors >= 65535L * 16 * 63) {
            spt = 255;
            heads = 16;
            cth = sectors / spt;
        } else {
            spt = 17;
            cth = sectors / spt;
            heads = Math.max(4, (cth + 1023) / 1024);
            if (cth >= heads * 1024 || heads > 16) {
                spt = 31;
                heads = 16;
                cth = sectors / spt;
            }
            if (cth >= heads * 1024) {
                spt = 63;
                heads = 16;
                cth = sectors / spt;
            }
        }
        return new int[] {(int) (cth / heads), (int) heads, (int) spt};
    }
}
