package dev.cloudfit.migrate.disk.raw;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.migrate.disk.DataRunSink;
import java.io.IOException;
import java.nio.ByteBuffer;
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

    /** Sends the region's non-zero runs, the region's first byte being disk offset {@code diskOffset}. */
    public void transferTo(long diskOffset, DataRunSink sink) throws IOException {
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
