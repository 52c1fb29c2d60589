package dev.cloudfit.migrate.disk.vmdk;

import dev.cloudfit.migrate.disk.DataRunSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.ReadableByteChannel;

/**
 * A streamOptimized extent read in one forward pass, as from an HTTP export: from the header's
 * first data sector on, a sequence of sector-aligned items, each either a compressed grain
 * ({@code uint64 lba, uint32 size}, then {@code size} bytes of zlib data) or a metadata marker
 * ({@code uint64 sectors, uint32 0, uint32 type}: end of stream, grain table, grain directory,
 * footer). Tables and directory are skipped: every grain carries its own address.
 *
 * <p>Both layouts are read: VMware's (ESXi exports, header {@code gdOffset} = GD_AT_END, grain
 * tables after their grains, then directory, footer and end-of-stream marker, all required) and
 * qemu-img's (grain directory and tables before the grains, no markers besides grains, the file
 * simply ends). Grains must come in ascending disk order, as every known writer puts them; one
 * that does not is an error, since a stream cannot be rewound.
 */
final class StreamOptimizedExtent implements Extent {

    private static final int MARKER_EOS = 0;
    private static final int MARKER_GT = 1;
    private static final int MARKER_GD = 2;
    private static final int MARKER_FOOTER = 3;

    private final String source;
    private final ReadableByteChannel in;
    private final SparseHeader header;
    private final long consumed;
    private final long sectors;
    private final FileChannel file;
    private final int threads;

    /**
     * @param consumed how many bytes of {@code in} were read already (the header, perhaps the descriptor)
     * @param file the same bytes as a file, or null for a stream: in qemu-img's layout, which has no
     *        end marker, the grain tables then tell how many grains a complete file holds
     */
    StreamOptimizedExtent(String source, ReadableByteChannel in, SparseHeader header, long consumed, long sectors,
            FileChannel file) {
        this.source = source;
        this.in = in;
        this.header = header;
        this.consumed = consumed;
        this.sectors = sectors;
        this.file = file;
        this.threads = GrainInflater.defaultThreads();
    }

    @Override
    public long sectors() {
        return sectors;
    }

    private boolean vmwareLayout() {
        return header.gdOffset() == SparseHeader.GD_AT_END;
    }

    @Override
    public void transferTo(long base, DataRunSink sink) throws IOException {
        int grainBytes = (int) header.grainBytes();
        int maxCompressed = grainBytes + grainBytes / 8 + 1024; // deflate's worst case is a little above the input
        StreamCursor cursor = new StreamCursor(in, source, Math.max(4 << 20, 2 * maxCompressed), consumed);
        long dataStart = header.overheadSectors() * 512;
        if (dataStart < cursor.offset()) {
            throw Problem.at(source, 64, "expected the first data sector after the header and descriptor, found "
                    + header.overheadSectors());
        }
        cursor.skip(dataStart - cursor.offset(), "the metadata before the first grain");
        long diskBytes = sectors * 512;
        long nextFree = 0; // the first disk byte a grain may still start at
        boolean footerSeen = false;
        long grains = 0;
        try (GrainInflater inflater = new GrainInflater(source, grainBytes, maxCompressed, base, sink, threads)) {
            while (true) {
                long at = cursor.offset();
                if (!cursor.require(512, "a grain or a marker")) {
                    if (vmwareLayout()) {
                        throw Problem.at(source, at, "expected " + (footerSeen ? "the end-of-stream marker"
                                : "more grains, the footer and the end-of-stream marker") + ", the stream ends");
                    }
                    inflater.finish();
                    checkGrainCount(grains, at); // qemu-img's layout simply ends after the last grain
                    return;
                }
                ByteBuffer b = cursor.buffer();
                int p = cursor.position();
                long value = b.getLong(p);
                int size = b.getInt(p + 8);
                if (size != 0) {
                    nextFree = grain(cursor, at, value, size, maxCompressed, diskBytes, nextFree, inflater);
                    grains++;
                    continue;
                }
                int type = b.getInt(p + 12);
                switch (type) {
                    case MARKER_EOS -> {
                        inflater.finish();
                        return;
                    }
                    case MARKER_GT, MARKER_GD -> cursor.skip(512 + value * 512,
                            type == MARKER_GT ? "a grain table" : "the grain directory");
                    case MARKER_FOOTER -> {
                        cursor.skip(512, "the footer marker");
                        if (!cursor.require(512, "the footer")) {
                            throw Problem.at(source, cursor.offset(), "expected the footer (a copy of the header), "
                                    + "the stream ends");
                        }
                        SparseHeader footer = SparseHeader.parse(cursor.buffer().duplicate().position(cursor.position()),
                                source, cursor.offset());
                        if (footer.capacitySectors() != header.capacitySectors()) {
                            throw Problem.at(source, cursor.offset() + 12, "expected the footer to repeat the header's "
                                    + "capacity of " + header.capacitySectors() + " sectors, found "
                                    + footer.capacitySectors());
                        }
                        cursor.skip(value * 512, "the footer");
                        footerSeen = true;
                    }
                    default -> throw Problem.at(source, at, "expected a grain or a marker of type 0 to 3 (end of "
                            + "stream, grain table, grain directory, footer), found type " + type);
                }
            }
        }
    }

    /**
     * In qemu-img's layout the file just ends, so a file cut after a grain would look complete: the
     * grain tables (before the grains) say how many grains there must be.
     */
    private void checkGrainCount(long seen, long end) throws IOException {
        if (file == null || header.gdOffset() <= 0) {
            return;
        }
        int perTable = header.gtesPerGt();
        long tables = header.gdEntries();
        ByteBuffer gd = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE, tables * 4)).order(ByteOrder.LITTLE_ENDIAN);
        readAt(gd, header.gdOffset() * 512, "the grain directory");
        ByteBuffer gt = ByteBuffer.allocate(perTable * 4).order(ByteOrder.LITTLE_ENDIAN);
        long expected = 0;
        for (int t = 0; t < tables; t++) {
            long gtSector = gd.getInt(t * 4) & 0xFFFFFFFFL;
            if (gtSector == 0) {
                continue;
            }
            readAt(gt.clear(), gtSector * 512, "grain table " + t);
            for (int e = 0; e < perTable; e++) {
                long gte = gt.getInt(e * 4) & 0xFFFFFFFFL;
                if (gte > 1) {
                    expected++;
                }
            }
        }
        if (expected != seen) {
            throw Problem.at(source, end, "expected " + expected + " grains (as the grain tables list), the file ends"
                    + " after " + seen + " (truncated?)");
        }
    }

    private void readAt(ByteBuffer b, long at, String what) throws IOException {
        while (b.hasRemaining()) {
            if (file.read(b, at + b.position()) < 0) {
                throw Problem.at(source, at + b.position(), "expected " + what + ", the file ends");
            }
        }
        b.flip();
    }

    /** Checks one grain's address and hands its compressed bytes over; returns the first disk byte after it. */
    private long grain(StreamCursor cursor, long at, long lba, int size, int maxCompressed, long diskBytes,
            long nextFree, GrainInflater inflater) throws IOException {
        if (size < 0 || size > maxCompressed) {
            throw Problem.at(source, at + 8, "expected a compressed grain size of 1 to " + maxCompressed
                    + " bytes, found " + Integer.toUnsignedString(size));
        }
        long diskAt = lba * 512;
        if (lba < 0 || diskAt >= diskBytes) {
            throw Problem.at(source, at, "expected a grain address below the disk's " + sectors
                    + " sectors, found sector " + Long.toUnsignedString(lba));
        }
        if (diskAt < nextFree) {
            throw Problem.at(source, at, "expected grains in ascending disk order, found sector " + lba
                    + " after data up to sector " + (nextFree / 512) + " (a stream cannot be read out of order)");
        }
        int total = (12 + size + 511) & ~511;
        cursor.require(total, "a compressed grain");
        ByteBuffer b = cursor.buffer();
        int limit = (int) Math.min(header.grainBytes(), diskBytes - diskAt);
        inflater.add(at, lba, diskAt, b, cursor.position() + 12, size, limit);
        cursor.skip(total, "a compressed grain");
        return diskAt + limit;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
