package dev.cloudfit.migrate.disk.vhd;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How many bytes the file system holding a folder can still take, for this user: what the writer
 * asks before it writes a byte. The real one asks the file store (tmpfs included: it reports its
 * own limit); tests give their own.
 */
@FunctionalInterface
public interface FreeSpace {

    long usableBytes(Path folder) throws IOException;

    /** The folder's {@link java.nio.file.FileStore}: {@code statvfs}'s blocks available to this user. */
    static FreeSpace fileStore() {
        return folder -> Files.getFileStore(folder).getUsableSpace();
    }
}
