package dev.cloudfit.migrate.disk.vhd;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * The 512-byte footer that ends a fixed VHD, as the "Virtual Hard Disk Image Format Specification"
 * (Microsoft, version 1.0, 2006) lays it out, big-endian: cookie {@code conectix}, features 2,
 * version 1.0, data offset all ones (fixed disk), timestamp in seconds since 2000-01-01 UTC,
 * creator, original and current size, CHS geometry from the specification's algorithm, disk type 2
 * (fixed), one's-complement checksum of every other byte, a unique id, saved state 0.
 *
 * @param diskBytes the size of the data before the footer; Azure wants a whole number of MiB
 */
public record VhdFooter(long diskBytes, Instant created, UUID uniqueId) {

    public static final int SIZE = 512;
    /** Disk type of a fixed hard disk in the footer. */
    public static final int FIXED = 2;
    /** Hyper-V's creator application, which tells readers that the current size is exact. */
    public static final String CREATOR_APP = "win ";

    private static final Instant VHD_EPOCH = Instant.parse("2000-01-01T00:00:00Z");
    private static final long MAX_CHS_SECTORS = 65535L * 16 * 255;

    public VhdFooter {
        if (diskBytes <= 0 || diskBytes % 512 != 0) {
            throw new IllegalArgumentException("a VHD holds a positive whole number of 512-byte sectors, not "
                    + diskBytes + " bytes");
        }
    }

    /** The footer's 512 bytes. */
    public byte[] bytes() {
        ByteBuffer b = ByteBuffer.allocate(SIZE); // big-endian by default
        b.put("conectix".getBytes(StandardCharsets.US_ASCII));
        b.putInt(2);                      // features: reserved bit always set
        b.putInt(0x0001_0000);            // file format version 1.0
        b.putLong(-1L);                   // data offset: none for a fixed disk
        b.putInt((int) Math.max(0, created.getEpochSecond() - VHD_EPOCH.getEpochSecond()));
        // creator application: readers such as qemu's take the disk's size from "current size" only
        // for creators they know to write it exactly (Hyper-V's "win ", ...); for any other they use
        // the CHS product, which is smaller than the disk for most sizes. Azure reads "current size".
        b.put(CREATOR_APP.getBytes(StandardCharsets.US_ASCII));
        b.putInt(0x0001_0000);            // creator version
        b.put("Wi2k".getBytes(StandardCharsets.US_ASCII)); // creator host OS
        b.putLong(diskBytes);             // original size
        b.putLong(diskBytes);             // current size
        b.putInt(geometry(diskBytes));
        b.putInt(FIXED);
        int checksumAt = b.position();
        b.putInt(0);                      // checksum, filled below
        b.putLong(uniqueId.getMostSignificantBits());
        b.putLong(uniqueId.getLeastSignificantBits());
        b.put((byte) 0);                  // saved state
        byte[] bytes = b.array();         // the rest stays zero (reserved)
        ByteBuffer.wrap(bytes, checksumAt, 4).putInt(checksum(bytes));
        return bytes;
    }

    /** One's complement of the sum of all bytes, the checksum field counted as zero. */
    public static int checksum(byte[] footer) {
        int sum = 0;
        for (int i = 0; i < SIZE; i++) {
            if (i < 64 || i >= 68) {
                sum += footer[i] & 0xFF;
            }
        }
        return ~sum;
    }

    /**
     * Cylinders (16 bits), heads (8), sectors per track (8), by the specification's algorithm,
     * which caps the geometry at 65535 x 16 x 255 sectors (about 127 GiB) for larger disks.
     */
    static int geometry(long diskBytes) {
        long totalSectors = Math.min(diskBytes / 512, MAX_CHS_SECTORS);
        long sectorsPerTrack;
        long heads;
        long cylinderTimesHeads;
        if (totalSectors >= 65535L * 16 * 63) {
            sectorsPerTrack = 255;
            heads = 16;
            cylinderTimesHeads = totalSectors / sectorsPerTrack;
        } else {
            sectorsPerTrack = 17;
            cylinderTimesHeads = totalSectors / sectorsPerTrack;
            heads = Math.max(4, (cylinderTimesHeads + 1023) / 1024);
            if (cylinderTimesHeads >= heads * 1024 || heads > 16) {
                sectorsPerTrack = 31;
                heads = 16;
                cylinderTimesHeads = totalSectors / sectorsPerTrack;
            }
            if (cylinderTimesHeads >= heads * 1024) {
                sectorsPerTrack = 63;
                heads = 16;
                cylinderTimesHeads = totalSectors / sectorsPerTrack;
            }
        }
        long cylinders = cylinderTimesHeads / heads;
        return (int) (cylinders << 16 | heads << 8 | sectorsPerTrack);
    }
}
