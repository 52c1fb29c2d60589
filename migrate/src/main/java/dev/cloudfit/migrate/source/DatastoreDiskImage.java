package dev.cloudfit.migrate.source;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.migrate.disk.DataRunSink;
import dev.cloudfit.migrate.disk.DiskImage;
import dev.cloudfit.vsphere.datastore.DatastoreFiles;
import dev.cloudfit.vsphere.datastore.DatastorePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * A disk read as its flat extent through vCenter's datastore HTTP, with ranged reads that resume
 * after a cut connection ({@link DatastoreFiles#copy}). A flat extent is the disk byte for byte;
 * the upload skips the zeros.
 */
public final class DatastoreDiskImage implements DiskImage {

    private final DatastoreFiles files;
    private final DatastorePath flat;
    private final DataSize capacity;

    public DatastoreDiskImage(DatastoreFiles files, DatastorePath flat, DataSize capacity) {
        this.files = files;
        this.flat = flat;
        this.capacity = capacity;
    }

    @Override
    public DataSize virtualSize() {
        return capacity;
    }

    @Override
    public String description() {
        return flat.toString();
    }

    @Override
    public void transferTo(DataRunSink sink) throws IOException {
        try {
            files.copy(flat, 0, capacity.bytes(), (offset, bytes, length) -> sink.data(offset, ByteBuffer.wrap(bytes, 0, length)));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() {
        // each range read closes its own response
    }
}
