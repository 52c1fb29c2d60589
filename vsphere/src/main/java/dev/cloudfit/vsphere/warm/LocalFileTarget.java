package dev.cloudfit.vsphere.warm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A raw disk image in a local file, as large as the disk (sparse where nothing was written). */
public final class LocalFileTarget implements DiskTarget, AutoCloseable {

    private static final int ZEROS = 1 << 20;

    private final Path file;
    private final FileChannel channel;

    private LocalFileTarget(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens the file, creating it when missing, and gives it the disk's size. */
    public static LocalFileTarget open(Path file, long capacity) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        if (channel.size() > capacity) {
            channel.truncate(capacity);
        } else if (channel.size() < capacity) {
            channel.write(ByteBuffer.allocate(1), capacity - 1);
        }
        return new LocalFileTarget(file, channel);
    }

    @Override
    public void write(long offset, byte[] bytes, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
        long at = offset;
        while (buffer.hasRemaining()) {
            at += channel.write(buffer, at);
        }
    }

    @Override
    public void zero(long offset, long length) throws IOException {
        byte[] zeros = new byte[(int) Math.min(ZEROS, length)];
        for (long done = 0; done < length; done += zeros.length) {
            write(offset + done, zeros, (int) Math.min(zeros.length, length - done));
        }
    }

    @Override
    public void close() throws IOException {
        channel.force(true);
        channel.close();
    }

    @Override
    public String toString() {
        return "LocalFileTarget[" + file + "]";
    }
}
