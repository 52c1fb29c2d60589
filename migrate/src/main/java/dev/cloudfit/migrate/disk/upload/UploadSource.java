package dev.cloudfit.migrate.disk.upload;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.migrate.disk.DiskImage;
import dev.cloudfit.migrate.disk.DiskImages;
import dev.cloudfit.migrate.disk.vhd.FixedVhdImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code disk upload} sends: a disk image and, when the input is a fixed VHD whose size is
 * already a whole MiB, that file's own footer (written unchanged, so the blob equals the file
 * byte for byte); otherwise cloudfit makes the footer.
 *
 * @param image the disk's logical bytes
 * @param footer the input's own footer, when it can be kept
 * @param identity what the resume journal is tied to: a file's path, size and modification time, or
 *                 a vSphere disk and the snapshot it is read from; another identity starts the journal over
 */
public record UploadSource(DiskImage image, Optional<byte[]> footer, String identity) implements AutoCloseable {

    /** A disk read from somewhere other than a local file (vSphere), tied to {@code identity}. */
    public static UploadSource of(DiskImage image, String identity) {
        return new UploadSource(image, Optional.empty(), identity);
    }

    /**
     * Opens {@code file} by what it holds ({@link DiskImages}): any supported VMDK, a fixed VHD, or
     * a raw image. A fixed VHD whose size is already a whole MiB keeps its own footer.
     */
    public static UploadSource open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(InputLocation.of(file), "no such file");
        }
        try {
            String identity = "file=" + file.toAbsolutePath() + " bytes=" + Files.size(file) + " modified="
                    + Files.getLastModifiedTime(file).toMillis();
            DiskImage image = DiskImages.open(file);
            if (image instanceof FixedVhdImage vhd
                    && new UploadLayout(vhd.virtualSize().bytes()).dataBytes() == vhd.virtualSize().bytes()) {
                return new UploadSource(vhd, Optional.of(vhd.footer()), identity);
            }
            return new UploadSource(image, Optional.empty(), identity);
        } catch (IOException e) {
            throw new BadInputException(InputLocation.of(file), "cannot read: " + e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        image.close();
    }
}
