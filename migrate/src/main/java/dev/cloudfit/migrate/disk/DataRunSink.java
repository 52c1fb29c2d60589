package dev.cloudfit.migrate.disk;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Receives a disk's data runs from a {@link DiskImage}: each call gives the bytes at
 * {@code offset} (from the buffer's position to its limit). Offsets only grow and runs never
 * overlap; what lies between two runs is zero. The buffer belongs to the caller and may be
 * reused (or, for a mapping of the source file, released) once the call returns, so a sink that
 * keeps the bytes must copy them.
 */
@FunctionalInterface
public interface DataRunSink {

    void data(long offset, ByteBuffer bytes) throws IOException;
}
