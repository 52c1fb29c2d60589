package dev.cloudfit.migrate.disk.upload;

import dev.cloudfit.core.error.BadInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The resume journal of one upload: a small text file recording, durably (each line is forced to
 * disk before the next step relies on it), which 4 MiB chunks the blob already holds, whether the
 * footer was written and, at the end, the digest of the disk uploaded. It never holds the SAS.
 *
 * <pre>
 * cloudfit disk upload journal 1
 * key blob=https://.../disk.vhd source=/path/in.vhd bytes=4294967808 modified=1765100000000 virtual=4294967296
 * footer 1765100000 3f1c...-uuid
 * chunk 0
 * chunk 7
 * footer-written
 * complete 9f86d0...
 * </pre>
 *
 * The {@code key} line ties the journal to one source file (path, size, modification time) and
 * one blob: a journal with another key is started over, since its chunks describe other bytes.
 * The {@code footer} line keeps the time stamp and id of a footer cloudfit makes, so a resumed
 * upload writes the same footer. A line cut short by a crash is ignored.
 */
public final class UploadJournal implements AutoCloseable {

    static final String MAGIC = "cloudfit disk upload journal 1";

    private final Path path;
    private final FileChannel channel;
    private final BitSet chunks;
    private final Instant footerCreated;
    private final UUID footerId;
    private final String startedOverBecause;
    private boolean footerWritten;
    private String completeDigest;

    private UploadJournal(Path path, FileChannel channel, BitSet chunks, Instant footerCreated, UUID footerId,
            boolean footerWritten, String completeDigest, String startedOverBecause) {
        this.path = path;
        this.channel = channel;
        this.chunks = chunks;
        this.footerCreated = footerCreated;
        this.footerId = footerId;
        this.footerWritten = footerWritten;
        this.completeDigest = completeDigest;
        this.startedOverBecause = startedOverBecause;
    }

    /**
     * Opens the journal at {@code path}: continues it when its key matches, starts it over otherwise.
     *
     * @param key what the journal belongs to (no secrets: the blob URL without its SAS)
     */
    public static UploadJournal open(Path path, String key) {
        if (key.contains("\n")) {
            throw new IllegalArgumentException("a journal key is one line");
        }
        try {
            String reason = null;
            if (Files.exists(path)) {
                List<String> lines = completeLines(path);
                if (lines.isEmpty() || !lines.get(0).equals(MAGIC)) {
                    throw new BadInputException(path + ": exists and is not an upload journal; give another --journal path");
                }
                if (lines.size() >= 3 && lines.get(1).equals("key " + key) && lines.get(2).startsWith("footer ")) {
                    return resume(path, lines);
                }
                reason = "it was written for another source file or disk";
            }
            Instant created = Instant.ofEpochSecond(Instant.now().getEpochSecond());
            UUID id = UUID.randomUUID();
            String header = MAGIC + "\nkey " + key + "\nfooter " + created.getEpochSecond() + " " + id + "\n";
            Path temp = path.resolveSibling(path.getFileName() + ".new");
            try (FileChannel c = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                c.write(ByteBuffer.wrap(header.getBytes(StandardCharsets.UTF_8)));
                c.force(true);
            }
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
            return new UploadJournal(path, append(path), new BitSet(), created, id, false, null, reason);
        } catch (IOException e) {
            throw new BadInputException("cannot write the upload journal " + path + ": " + e.getMessage());
        }
    }

    private static UploadJournal resume(Path path, List<String> lines) throws IOException {
        String[] footer = lines.get(2).split(" ");
        Instant created = Instant.ofEpochSecond(Long.parseLong(footer[1]));
        UUID id = UUID.fromString(footer[2]);
        BitSet chunks = new BitSet();
        boolean footerWritten = false;
        String digest = null;
        for (String line : lines.subList(3, lines.size())) {
            if (line.startsWith("chunk ")) {
                chunks.set(Math.toIntExact(Long.parseLong(line.substring(6))));
            } else if (line.equals("footer-written")) {
                footerWritten = true;
            } else if (line.startsWith("complete ")) {
                digest = line.substring(9);
            }
        }
        return new UploadJournal(path, append(path), chunks, created, id, footerWritten, digest, null);
    }

    private static FileChannel append(Path path) throws IOException {
        return FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** The lines that end with a newline: a line being written when the process died is left out. */
    private static List<String> completeLines(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.remove(lines.size() - 1); // after the last newline: empty, or a torn line
        return lines;
    }

    public Path path() {
        return path;
    }

    /** @return why an existing journal was not continued, when it was not */
    public Optional<String> startedOverBecause() {
        return Optional.ofNullable(startedOverBecause);
    }

    /** The time stamp for a footer cloudfit makes, the same on every resume. */
    public Instant footerCreated() {
        return footerCreated;
    }

    /** The unique id for a footer cloudfit makes, the same on every resume. */
    public UUID footerId() {
        return footerId;
    }

    public synchronized boolean chunkWritten(long index) {
        return chunks.get(Math.toIntExact(index));
    }

    public synchronized int chunksWritten() {
        return chunks.cardinality();
    }

    public synchronized boolean footerWritten() {
        return footerWritten;
    }

    /** @return the logical digest recorded when the upload completed */
    public synchronized Optional<String> completeDigest() {
        return Optional.ofNullable(completeDigest);
    }

    /** Records, durably, that the blob holds chunk {@code index} as the source has it. */
    public synchronized void chunkDone(long index) {
        write("chunk " + index);
        chunks.set(Math.toIntExact(index));
    }

    public synchronized void footerDone() {
        write("footer-written");
        footerWritten = true;
    }

    public synchronized void complete(String digest) {
        write("complete " + digest);
        completeDigest = digest;
    }

    private void write(String line) {
        try {
            ByteBuffer b = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (b.hasRemaining()) {
                channel.write(b);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the upload journal " + path, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
