package dev.cloudfit.migrate.disk.vhd;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.migrate.disk.DataRunSink;
import dev.cloudfit.migrate.disk.DiskImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Writes a {@link DiskImage} as a fixed VHD file in one pass: the disk's bytes, zeros up to a whole
 * MiB, then the 512-byte footer. Azure's size rules are checked before any byte is written. The
 * output appears only when complete: bytes go to a hidden file next to it (same directory, same
 * file system), which is flushed to disk and renamed over the name given; on any failure it is
 * removed. A folder whose file system has less free space than the whole VHD is refused first. The
 * gaps between data runs are left as holes of the new file, which read as zeros, so unallocated parts
 * of the source cost no writing.
 */
public final class FixedVhdWriter {

    /** Small data runs are gathered into writes of this size. */
    private static final int WRITE_BUFFER = 4 << 20;
    /**
     * Runs of this size or more (a window of a mapped file, a batch of inflated grains) are written as
     * they are: copying them into the gathering buffer first would cost a copy of every byte.
     */
    private static final int WRITE_AS_IS = 1 << 20;

    private final Clock clock;
    private final FreeSpace freeSpace;

    public FixedVhdWriter(Clock clock) {
        this(clock, FreeSpace.fileStore());
    }

    public FixedVhdWriter(Clock clock, FreeSpace freeSpace) {
        this.clock = clock;
        this.freeSpace = freeSpace;
    }

    /**
     * Converts {@code image} into {@code out}; {@code progress} gets the disk offset reached after
     * each write. Replaces {@code out} only when {@code replace} is set.
     */
    public VhdWritten write(DiskImage image, Path out, boolean replace, LongConsumer progress) throws IOException {
        DataSize virtual = image.virtualSize();
        DataSize vhdData = AzureDiskSize.checked(virtual, image.description());
        Path target = out.toAbsolutePath();
        if (!replace && Files.exists(target)) {
            throw new BadInputException(out + " already exists (pass --force to replace it)");
        }
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            throw new BadInputException(out + ": the folder " + dir + " does not exist");
        }
        requireRoom(dir, vhdData.bytes() + VhdFooter.SIZE);
        Path partial = dir.resolve("." + target.getFileName() + ".cloudfit-partial-" + UUID.randomUUID());
        VhdFooter footer = new VhdFooter(vhdData.bytes(), clock.instant(), UUID.randomUUID());
        boolean done = false;
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                WriterThread writer = new WriterThread(channel)) {
            Gatherer gatherer = new Gatherer(writer, virtual.bytes(), image.description(), progress);
            image.transferTo(gatherer);
            gatherer.flush();
            WriterThread.writeFully(channel, ByteBuffer.wrap(footer.bytes()), vhdData.bytes());
            channel.force(false);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            done = true;
            progress.accept(virtual.bytes());
            return new VhdWritten(target, virtual, vhdData, footer, gatherer.dataBytes);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot create " + partial + ": it exists", e);
        } finally {
            if (!done) {
                Files.deleteIfExists(partial);
            }
        }
    }

    /**
     * Refuses, before anything is written, a folder whose file system cannot take the whole VHD. A
     * fixed VHD is its full size: unallocated parts of the source are left as holes, but whatever later
     * copies or uploads the file reads (and often stores) every byte, and a disk's data may be anywhere
     * in it. A file being replaced is not counted as free: it stays until the new one is complete.
     */
    private void requireRoom(Path dir, long needed) throws IOException {
        long free = freeSpace.usableBytes(dir);
        if (free < needed) {
            throw new BadInputException(dir + ": not enough free space for the fixed VHD: it needs " + needed
                    + " bytes (" + DataSize.ofBytes(needed) + "), the file system has " + free + " bytes ("
                    + DataSize.ofBytes(free) + ") free; choose another folder or make room");
        }
    }

    /**
     * Checks the runs' order and bounds, and gathers adjacent runs into large writes. What lies
     * between two runs is never written: it stays a hole of the new file.
     */
    private static final class Gatherer implements DataRunSink {

        private final WriterThread writer;
        private final long virtualBytes;
        private final String source;
        private final LongConsumer progress;
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(WRITE_BUFFER);
        private long bufferAt;
        private long reached;
        long dataBytes;

        Gatherer(WriterThread writer, long virtualBytes, String source, LongConsumer progress) {
            this.writer = writer;
            this.virtualBytes = virtualBytes;
            this.source = source;
            this.progress = progress;
        }

        @Override
        public void data(long offset, ByteBuffer bytes) throws IOException {
            int length = bytes.remaining();
            if (offset < reached || offset + length > virtualBytes) {
                throw new IllegalStateException(source + ": a data run at byte " + offset + " (" + length
                        + " bytes) is out of order or past the disk's end (" + reached + " reached, "
                        + virtualBytes + " in all)");
            }
            dataBytes += length;
            if (length >= WRITE_AS_IS) {
                flush();
                writer.write(bytes, offset);
                bufferAt = offset + length;
                progress.accept(bufferAt);
            } else {
                if (offset != bufferAt + buffer.position() || length > buffer.remaining()) {
                    flush();
                    bufferAt = offset;
                }
                buffer.put(bytes);
            }
            reached = offset + length;
        }

        void flush() throws IOException {
            if (buffer.position() > 0) {
                buffer.flip();
                writer.write(buffer, bufferAt);
                bufferAt += buffer.limit();
                buffer.clear();
                progress.accept(bufferAt);
            } else {
                progress.accept(reached);
            }
        }
    }
}
