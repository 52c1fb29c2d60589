package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks the CSV files of a zipped RVTools export into a private temporary folder, refusing what
 * could harm: entries that climb out of the folder, archives that expand more than
 * {@value #MAX_RATIO} times their size (zip bombs; CSV text compresses about 5-10 times), and more
 * than {@value #MAX_ENTRIES} entries. The folder is deleted on {@link #close()}.
 */
final class ZipUnpacker implements AutoCloseable {

    static final int MAX_RATIO = 100;
    static final int MAX_ENTRIES = 1_000;
    private static final long SMALL_ARCHIVE_ALLOWANCE = 16L << 20;

    private final Path folder;

    private ZipUnpacker(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    static ZipUnpacker unpack(Path zip) {
        InputLocation where = InputLocation.of(zip);
        Path folder;
        try {
            folder = Files.createTempDirectory("cloudfit-rvtools-");
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary folder: " + e.getMessage(), e);
        }
        ZipUnpacker unpacker = new ZipUnpacker(folder);
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            long budget = Files.size(zip) * MAX_RATIO + SMALL_ARCHIVE_ALLOWANCE;
            long written = 0;
            int entries = 0;
            byte[] buf = new byte[1 << 16];
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new BadInputException(where, "refused: more than " + MAX_ENTRIES + " entries in the archive");
                }
                String name = Path.of(e.getName()).getFileName() == null ? "" : Path.of(e.getName()).getFileName().toString();
                if (e.isDirectory() || !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    continue;
                }
                Path target = folder.resolve(name).normalize();
                if (!target.startsWith(folder)) {
                    throw new BadInputException(where, "refused: entry '" + e.getName() + "' points outside the archive");
                }
                try (OutputStream out = Files.newOutputStream(target)) {
                    int n;
                    while ((n = in.read(buf)) > 0) {
                        written += n;
                        if (written > budget) {
                            throw new BadInputException(where,
                                    "refused: the archive expands far beyond its size (a zip bomb, or a damaged file)");
                        }
                        out.write(buf, 0, n);
                    }
                }
            }
            if (entries == 0) {
                throw new BadInputException(where, "not a zip archive of RVTools CSV files (no entries found)");
            }
            return unpacker;
        } catch (BadInputException e) {
            unpacker.close();
            throw e;
        } catch (ZipException e) {
            unpacker.close();
            throw new BadInputException(where, "not a readable zip archive (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            unpacker.close();
            throw new BadInputException(where, "cannot read the archive: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless; the OS cleans it
        }
    }
}
