package dev.cloudfit.migrate.disk.upload;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.units.DataSize;

/**
 * Where a disk's bytes go in a managed disk's page blob, by Azure's direct-upload rules: the data
 * takes the virtual size rounded up to a whole MiB, the 512-byte VHD footer follows, so the blob
 * is exactly {@code rounded + 512} bytes, between 20 MiB + 512 and 32 TiB + 512. The data is sent
 * in chunks of {@link #CHUNK} bytes (Put Page's 4 MiB maximum), the journal's unit.
 *
 * @param virtualSize the disk's logical size
 */
public record UploadLayout(long virtualSize) {

    /** Put Page accepts at most 4 MiB per request; a chunk is that much of the disk. */
    public static final int CHUNK = 4 * 1024 * 1024;
    public static final int PAGE = 512;
    public static final int FOOTER = 512;
    static final long MIN_DATA = 20 * DataSize.MIB;
    static final long MAX_DATA = 32 * DataSize.TIB;

    public UploadLayout {
        if (virtualSize <= 0) {
            throw new IllegalArgumentException("a disk has a positive size, not " + virtualSize);
        }
    }

    /** @return the data part of the blob: the virtual size rounded up to a whole MiB */
    public long dataBytes() {
        return (virtualSize + DataSize.MIB - 1) / DataSize.MIB * DataSize.MIB;
    }

    /** @return the size the disk's page blob must have: {@link #dataBytes()} + 512 */
    public long blobBytes() {
        return dataBytes() + FOOTER;
    }

    /** @return how many chunks cover the data part (the last may be shorter than 4 MiB) */
    public long chunks() {
        return (dataBytes() + CHUNK - 1) / CHUNK;
    }

    /** @return the bytes of the data part that chunk {@code index} covers */
    public ByteRange chunk(long index) {
        long from = index * CHUNK;
        return new ByteRange(from, Math.min(CHUNK, dataBytes() - from));
    }

    /**
     * @param source the input, for the message
     * @throws BadInputException when Azure would refuse a managed disk of this size
     */
    public void requireUploadable(String source) {
        if (dataBytes() < MIN_DATA) {
            throw new BadInputException(source + ": a managed disk holds at least 20 MiB; this disk is "
                    + DataSize.ofBytes(virtualSize) + " (" + virtualSize + " bytes)");
        }
        if (dataBytes() > MAX_DATA) {
            throw new BadInputException(source + ": a managed disk holds at most 32 TiB; this disk is "
                    + DataSize.ofBytes(virtualSize) + " (" + virtualSize + " bytes)");
        }
    }
}
