package dev.cloudfit.migrate.disk.vmdk;

import dev.cloudfit.migrate.disk.DataRunSink;
import java.io.IOException;

/** One extent of a VMDK: a contiguous part of the disk, {@link #sectors()} long, stored one way. */
interface Extent extends AutoCloseable {

    long sectors();

    /** Sends the extent's data runs in ascending order, its first byte being disk offset {@code base}. */
    void transferTo(long base, DataRunSink sink) throws IOException;

    @Override
    void close() throws IOException;
}
