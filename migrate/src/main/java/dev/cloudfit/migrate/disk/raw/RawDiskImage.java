package dev.cloudfit.migrate.disk.raw;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.migrate.disk.DataRunSink;
import dev.cloudfit.migrate.disk.DiskImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A raw disk image: the file's bytes are the disk's bytes. */
public final class RawDiskImage implements DiskImage {

    private final Path file;
    private final RawFileRegion region;

    private RawDiskImage(Path file, RawFileRegion region) {
        this.file = file;
        this.region = region;
    }

    public static RawDiskImage open(Path file) throws IOException {
        long size = Files.size(file);
        return new RawDiskImage(file, RawFileRegion.open(file, 0, size, "a raw disk image"));
    }

    @Override
    public DataSize virtualSize() {
        return DataSize.ofBytes(region.length());
    }

    @Override
    public String description() {
        return String.valueOf(file.getFileName());
    }

    @Override
    public void transferTo(DataRunSink sink) throws IOException {
        region.transferTo(0, sink);
    }

    @Override
    public void close() throws IOException {
        region.close();
    }
}
