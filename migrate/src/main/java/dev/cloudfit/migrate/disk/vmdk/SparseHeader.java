package dev.cloudfit.migrate.disk.vmdk;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The 512-byte header of a hosted sparse extent (VMware "Virtual Disk Format 5.0", little-endian):
 * magic {@code KDMV}, version, flags, capacity and grain size in sectors, the embedded descriptor,
 * grain-table entries per table, the (redundant) grain directory, the first data sector, and the
 * compression algorithm. A streamOptimized file made by ESXi has {@code gdOffset} = {@link #GD_AT_END}
 * and repeats the header, with the real offset, in its footer.
 */
public record SparseHeader(int version, int flags, long capacitySectors, long grainSectors,
        long descriptorOffset, long descriptorSectors, int gtesPerGt, long rgdOffset, long gdOffset,
        long overheadSectors, int compressAlgorithm) {

    public static final int SIZE = 512;
    public static final int MAGIC = 0x564D444B; // "KDMV" read little-endian
    public static final long GD_AT_END = -1L;
    static final int FLAG_REDUNDANT_GD = 1 << 1;
    static final int FLAG_ZEROED_GTE = 1 << 2;
    static final int FLAG_COMPRESSED = 1 << 16;
    static final int FLAG_MARKERS = 1 << 17;
    static final int DEFLATE = 1;

    /** True when the first four bytes are {@code KDMV}. */
    public static boolean hasMagic(ByteBuffer first) {
        return first.remaining() >= 4 && first.order(ByteOrder.LITTLE_ENDIAN).getInt(first.position()) == MAGIC;
    }

    /**
     * Reads and checks a header at {@code headerAt} bytes of {@code source} (for messages).
     */
    static SparseHeader parse(ByteBuffer sector, String source, long headerAt) {
        ByteBuffer b = sector.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        int p = b.position();
        if (b.remaining() < SIZE) {
            throw Problem.at(source, headerAt, "expected a 512-byte sparse extent header, the file ends after "
                    + b.remaining() + " bytes");
        }
        if (b.getInt(p) != MAGIC) {
            throw Problem.at(source, headerAt, "expected a sparse extent header starting with 'KDMV'");
        }
        SparseHeader h = new SparseHeader(b.getInt(p + 4), b.getInt(p + 8), b.getLong(p + 12), b.getLong(p + 20),
                b.getLong(p + 28), b.getLong(p + 36), b.getInt(p + 44), b.getLong(p + 48), b.getLong(p + 56),
                b.getLong(p + 64), b.getShort(p + 77) & 0xFFFF);
        h.check(source, headerAt);
        return h;
    }

    private void check(String source, long at) {
        if (version < 1 || version > 3) {
            throw Problem.at(source, at + 4, "expected sparse extent version 1, 2 or 3, found " + version);
        }
        if (capacitySectors <= 0) {
            throw Problem.at(source, at + 12, "expected a positive capacity in sectors, found " + capacitySectors);
        }
        if (grainSectors < 8 || grainSectors > 2048 || Long.bitCount(grainSectors) != 1) {
            throw Problem.at(source, at + 20, "expected a grain size of 8 to 2048 sectors, a power of two, found "
                    + grainSectors);
        }
        if (gtesPerGt <= 0 || gtesPerGt > 4096) {
            throw Problem.at(source, at + 44, "expected 1 to 4096 grain table entries per table, found " + gtesPerGt);
        }
        if (overheadSectors < 0) {
            throw Problem.at(source, at + 64, "expected a non-negative first data sector, found " + overheadSectors);
        }
        if (compressed() && compressAlgorithm != DEFLATE) {
            throw Problem.at(source, at + 77, "expected compression algorithm 1 (deflate), found " + compressAlgorithm);
        }
    }

    public boolean compressed() {
        return (flags & FLAG_COMPRESSED) != 0;
    }

    public boolean hasMarkers() {
        return (flags & FLAG_MARKERS) != 0;
    }

    public boolean zeroedGrainEntries() {
        return (flags & FLAG_ZEROED_GTE) != 0;
    }

    public long grainBytes() {
        return grainSectors * 512;
    }

    public long capacityBytes() {
        return capacitySectors * 512;
    }

    /** Entries in the grain directory: one per grain table, each covering {@code gtesPerGt} grains. */
    public long gdEntries() {
        long perTable = gtesPerGt * grainSectors;
        return (capacitySectors + perTable - 1) / perTable;
    }
}
