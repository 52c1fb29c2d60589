package dev.cloudfit.migrate.disk.vmdk;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.migrate.disk.DataRunSink;
import dev.cloudfit.migrate.disk.DiskImage;
import java.io.IOException;
import java.util.List;

/** A VMDK read as its disk: its extents one after the other, each kind read its own way. */
public final class VmdkImage implements DiskImage {

    private final String description;
    private final String createType;
    private final List<Extent> extents;

    VmdkImage(String description, String createType, List<Extent> extents) {
        this.description = description;
        this.createType = createType;
        this.extents = List.copyOf(extents);
    }

    /** The descriptor's {@code createType}, e.g. {@code streamOptimized}, {@code monolithicFlat}. */
    public String createType() {
        return createType;
    }

    public int extentCount() {
        return extents.size();
    }

    @Override
    public DataSize virtualSize() {
        return DataSize.ofBytes(extents.stream().mapToLong(Extent::sectors).sum() * 512);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void transferTo(DataRunSink sink) throws IOException {
        long base = 0;
        for (Extent extent : extents) {
            extent.transferTo(base, sink);
            base += extent.sectors() * 512;
        }
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Extent extent : extents) {
            try {
                extent.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
