package dev.cloudfit.migrate.disk.raw;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.migrate.disk.DataRunSink;
import dev.cloudfit.migrate.disk.DiskImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A disk stored as its plain bytes, from the start of a file: a raw image ({@code qemu-img -O raw},
 * {@code dd}), or the data part of a fixed VHD. Every byte is handed on as data, in 4 MiB runs; the
 * file system's holes read as zeros, so a sink that skips zeros skips them.
 */
public final class RawImage implements DiskImage {

    private static final int READ = 4 * 1024 * 1024;

    private final Path file;
    private final long length;
    private final FileChannel channel;

    private RawImage(Path file, long length, FileChannel channel) {
        this.file = file;
        this.length = length;
        this.channel = channel;
    }

    /** @return the whole file as a disk */
    public static RawImage open(Path file) throws IOException {
        FileChannel c = FileChannel.open(file, StandardOpenOption.READ);
        return new RawImage(file, c.size(), c);
    }

    /** @return the first {@code length} bytes of the file as a disk */
    public static RawImage open(Path file, long length) throws IOException {
        FileChannel c = FileChannel.open(file, StandardOpenOption.READ);
        if (c.size() < length) {
            long size = c.size();
            c.close();
            throw new IOException(file + " holds " + size + " bytes, fewer than the " + length + " expected");
        }
        return new RawImage(file, length, c);
    }

    @Override
    public DataSize virtualSize() {
        return DataSize.ofBytes(length);
    }

    @Override
    public String description() {
        return file.toString();
    }

    @Override
    public void transferTo(DataRunSink sink) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(READ);
        long at = 0;
        while (at < length) {
            buffer.clear().limit((int) Math.min(READ, length - at));
            long start = at;
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer, at);
                if (n < 0) {
                    throw new IOException(file + " ended at " + at + " bytes, before the " + length + " expected");
                }
                at += n;
            }
            buffer.flip();
            sink.data(start, buffer);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
