package dev.cloudfit.migrate.disk.vmdk;

import dev.cloudfit.migrate.disk.DataRunSink;
import dev.cloudfit.migrate.disk.raw.RawFileRegion;
import java.io.IOException;

/** A {@code FLAT} or {@code VMFS} extent: the disk's bytes as they are, in a {@code -flat.vmdk} file. */
final class FlatExtent implements Extent {

    private final RawFileRegion region;

    FlatExtent(RawFileRegion region) {
        this.region = region;
    }

    @Override
    public long sectors() {
        return region.length() / 512;
    }

    @Override
    public void transferTo(long base, DataRunSink sink) throws IOException {
        region.transferTo(base, sink);
    }

    @Override
    public void close() throws IOException {
        region.close();
    }
}
