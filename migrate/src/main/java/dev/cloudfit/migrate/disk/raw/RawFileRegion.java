package dev.cloudfit.migrate.disk.raw;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.migrate.disk.DataRunSink;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A run of disk bytes stored as they are in a file (a raw image, a VMDK flat extent, a fixed VHD's
 * data): {@code length} bytes from {@code start}. Read in large sequential chunks; all-zero blocks
 * are left out as gaps. The file must be long enough, which is checked when opened.
 */
public final class RawFileRegion implements AutoCloseable {

    /** Read size: large enough that a system call moves megabytes. */
    static final int CHUNK = 4 << 20;
    /** Mapped at a time: large enough for few mappings, small enough to stay out of the way. */
    static final long MAP_WINDOW = 64 << 20;

    private final Path file;
    private final FileChannel channel;
    private final long start;
    private final long length;

    private RawFileRegion(Path file, FileChannel channel, long start, long length) {
        this.file = file;
        this.channel = channel;
        this.start = start;
        this.length = length;
    }

    /**
     * Opens {@code length} bytes of {@code file} from {@code start}; {@code what} says, in an error,
     * who asked for them (e.g. "disk.vmdk line 12 asks for 8388608 sectors").
     */
    public static RawFileRegion open(Path file, long start, long length, String what) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        try {
            long size = channel.size();
            if (size < start + length) {
                throw new BadInputException(file.getFileName() + ": the file is " + size + " bytes, expected at least "
                        + (start + length) + " (" + what + ")");
            }
            return new RawFileRegion(file, channel, start, length);
        } catch (RuntimeException | IOException e) {
            channel.close();
            throw e;
        }
    }

    public long length() {
        return length;
    }

    /**
     * Sends the region's non-zero runs, the region's first byte being disk offset {@code diskOffset}.
     * The file is mapped a window at a time and the runs are slices of the mapping, released after
     * the sink returns: the bytes are copied once (into the sink's output), not twice (into a buffer,
     * then out), which halves the kernel time of a flat disk's conversion (docs/disk-convert.md).
     */
    public void transferTo(long diskOffset, DataRunSink sink) throws IOException {
        if (!Unmapper.available()) {
            read(diskOffset, sink);
            return;
        }
        for (long done = 0; done < length; ) {
            long n = Math.min(MAP_WINDOW, length - done);
            MappedByteBuffer window = channel.map(FileChannel.MapMode.READ_ONLY, start + done, n);
            try {
                NonZeroRuns.send(diskOffset + done, window, sink);
            } catch (InternalError e) {
                // the JVM's report of a fault in a mapping: the file was cut while being read
                throw new BadInputException(file.getFileName() + ", bytes " + (start + done) + " to "
                        + (start + done + n) + ": expected data, the file shrank while being read");
            } finally {
                Unmapper.unmap(window);
            }
            done += n;
        }
    }

    /** True when {@link #sendMapped} can be used. */
    public static boolean canMap() {
        return Unmapper.available();
    }

    /**
     * Maps {@code length} bytes of {@code channel} from {@code fileAt}, sends their non-zero runs as
     * disk offset {@code diskAt} on, and releases the mapping. Only when {@link #canMap()}.
     */
    public static void sendMapped(FileChannel channel, long fileAt, long length, long diskAt, DataRunSink sink)
            throws IOException {
        MappedByteBuffer window = channel.map(FileChannel.MapMode.READ_ONLY, fileAt, length);
        try {
            NonZeroRuns.send(diskAt, window, sink);
        } finally {
            Unmapper.unmap(window);
        }
    }

    /** The same with plain reads into one buffer, when mappings cannot be released. */
    private void read(long diskOffset, DataRunSink sink) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect((int) Math.min(CHUNK, Math.max(512, length)));
        long done = 0;
        while (done < length) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), length - done));
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, start + done + buffer.position());
                if (n < 0) {
                    throw new BadInputException(file.getFileName() + ", byte " + (start + done + buffer.position())
                            + ": expected more data, the file ended (it shrank while being read?)");
                }
            }
            buffer.flip();
            NonZeroRuns.send(diskOffset + done, buffer, sink);
            done += buffer.limit();
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
