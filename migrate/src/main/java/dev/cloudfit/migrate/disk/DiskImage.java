package dev.cloudfit.migrate.disk;

import dev.cloudfit.core.units.DataSize;
import java.io.IOException;

/**
 * A virtual disk read as its logical bytes, whatever its container (a VMDK of any kind, a fixed
 * VHD, a vSphere export stream). The disk is {@link #virtualSize()} bytes long; {@link #transferTo}
 * hands over the runs that may hold data, in ascending offset order, without overlap. Every byte
 * not covered by a run reads as zero, so a sink may skip the gaps (an upload) or fill them (a file).
 *
 * <p>An image is read once, start to end: a stream from an HTTP export cannot be rewound.
 */
public interface DiskImage extends AutoCloseable {

    /** The disk's size as the guest sees it, in bytes (not the size of the container). */
    DataSize virtualSize();

    /** Where the bytes come from, for messages: a file name or a URL without its query. */
    String description();

    /**
     * Sends every data run to {@code sink}, in ascending offset order, then returns.
     *
     * @throws IOException when the source cannot be read; a malformed source is a
     *         {@link dev.cloudfit.core.error.BadInputException} naming the source and the offset
     */
    void transferTo(DataRunSink sink) throws IOException;

    @Override
    void close() throws IOException;
}
