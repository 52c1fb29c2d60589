package dev.cloudfit.migrate.disk.vmdk;

import dev.cloudfit.migrate.disk.DataRunSink;
import dev.cloudfit.migrate.disk.raw.NonZeroRuns;
import dev.cloudfit.migrate.disk.raw.RawFileRegion;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * A hosted sparse extent with uncompressed grains (monolithicSparse, twoGbMaxExtentSparse): the
 * grain directory points to grain tables, whose entries point to grains. Walked one grain table at
 * a time, in disk order, so memory stays small whatever the disk size; grains that are adjacent in
 * the file as on the disk are read together.
 */
final class SparseExtent implements Extent {

    /** The most read at once: with mappings, a large window; with reads, one buffer. */
    private static final int READ_LIMIT = RawFileRegion.canMap() ? 64 << 20 : 4 << 20;

    private final String source;
    private final FileChannel channel;
    private final SparseHeader header;
    private final long sectors;
    private final long fileSize;

    SparseExtent(String source, FileChannel channel, SparseHeader header, long sectors) throws IOException {
        this.source = source;
        this.channel = channel;
        this.header = header;
        this.sectors = sectors;
        this.fileSize = channel.size();
        if (header.gdOffset() == SparseHeader.GD_AT_END || header.gdOffset() <= 0) {
            throw Problem.at(source, 56, "expected the grain directory's sector in the header (an uncompressed"
                    + " sparse extent), found " + header.gdOffset());
        }
        if (sectors > header.capacitySectors()) {
            throw Problem.in(source, "the descriptor gives the extent " + sectors + " sectors, its header only "
                    + header.capacitySectors());
        }
    }

    @Override
    public long sectors() {
        return sectors;
    }

    @Override
    public void transferTo(long base, DataRunSink sink) throws IOException {
        long grainBytes = header.grainBytes();
        int perTable = header.gtesPerGt();
        long grains = (sectors * 512 + grainBytes - 1) / grainBytes;
        long tables = (grains + perTable - 1) / perTable;
        ByteBuffer gd = readMetadata(header.gdOffset() * 512, tables * 4, "the grain directory");
        ByteBuffer gt = ByteBuffer.allocate(perTable * 4).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer data = RawFileRegion.canMap() ? null : ByteBuffer.allocateDirect((int) Math.max(grainBytes, READ_LIMIT));
        Run run = new Run(base, sink, data);
        for (int t = 0; t < tables; t++) {
            long gtSector = gd.getInt(t * 4) & 0xFFFFFFFFL;
            if (gtSector == 0) {
                continue; // the whole table is unallocated
            }
            long gtAt = gtSector * 512;
            readInto(gt.clear(), gtAt, "grain table " + t);
            for (int e = 0; e < perTable; e++) {
                long grain = (long) t * perTable + e;
                if (grain >= grains) {
                    break;
                }
                long gte = gt.getInt(e * 4) & 0xFFFFFFFFL;
                if (gte == 0 || (gte == 1 && header.zeroedGrainEntries())) {
                    continue;
                }
                long diskAt = grain * grainBytes;
                long length = Math.min(grainBytes, sectors * 512 - diskAt);
                long fileAt = gte * 512;
                if (fileAt + length > fileSize) {
                    throw Problem.at(source, gtAt + e * 4L, "expected grain " + grain + "'s sector inside the file ("
                            + fileSize + " bytes), found sector " + gte + " (truncated or damaged file?)");
                }
                run.add(diskAt, fileAt, length);
            }
        }
        run.flush();
    }

    /** Grains adjacent both on the disk and in the file, read with one call. */
    private final class Run {
        private final long base;
        private final DataRunSink sink;
        private final ByteBuffer data;
        private long diskAt = -1;
        private long fileAt;
        private long length;

        Run(long base, DataRunSink sink, ByteBuffer data) {
            this.base = base;
            this.sink = sink;
            this.data = data;
        }

        void add(long grainDiskAt, long grainFileAt, long grainLength) throws IOException {
            boolean adjacent = diskAt >= 0 && grainDiskAt == diskAt + length && grainFileAt == fileAt + length
                    && length + grainLength <= Math.max(grainBytes(), READ_LIMIT);
            if (!adjacent) {
                flush();
                diskAt = grainDiskAt;
                fileAt = grainFileAt;
                length = 0;
            }
            length += grainLength;
        }

        void flush() throws IOException {
            if (diskAt < 0 || length == 0) {
                return;
            }
            if (data == null) {
                RawFileRegion.sendMapped(channel, fileAt, length, base + diskAt, sink);
            } else {
                data.clear().limit((int) length);
                readInto(data, fileAt, "grain data for disk byte " + diskAt);
                NonZeroRuns.send(base + diskAt, data, sink);
            }
            diskAt = -1;
        }
    }

    private ByteBuffer readMetadata(long at, long bytes, String what) throws IOException {
        if (bytes > Integer.MAX_VALUE) {
            throw Problem.at(source, at, what + " is too large (" + bytes + " bytes)");
        }
        ByteBuffer b = ByteBuffer.allocate((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
        readInto(b, at, what);
        return b;
    }

    /** Fills {@code b} from file offset {@code at}, or fails naming the offset; leaves it flipped. */
    private void readInto(ByteBuffer b, long at, String what) throws IOException {
        int start = b.position();
        while (b.hasRemaining()) {
            int n = channel.read(b, at + b.position() - start);
            if (n < 0) {
                throw Problem.at(source, at + b.position() - start, "expected " + what + " (" + (b.limit() - start)
                        + " bytes from byte " + at + "), the file ends at " + fileSize);
            }
        }
        b.flip().position(start);
    }

    private long grainBytes() {
        return header.grainBytes();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
