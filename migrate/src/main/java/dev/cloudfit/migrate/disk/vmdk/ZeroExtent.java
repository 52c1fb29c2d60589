package dev.cloudfit.migrate.disk.vmdk;

import dev.cloudfit.migrate.disk.DataRunSink;

/** A {@code ZERO} extent: sectors that read as zeros and are stored nowhere. */
record ZeroExtent(long sectors) implements Extent {

    @Override
    public void transferTo(long base, DataRunSink sink) {
        // nothing: a gap reads as zeros
    }

    @Override
    public void close() {
    }
}
