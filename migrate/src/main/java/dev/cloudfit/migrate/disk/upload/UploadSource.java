package dev.cloudfit.migrate.disk.upload;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.migrate.disk.DiskImage;
import dev.cloudfit.migrate.disk.raw.RawImage;
import dev.cloudfit.migrate.disk.vhd.FixedVhdImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code disk upload} sends: a disk image and, when the input is a fixed VHD whose size is
 * already a whole MiB, that file's own footer (written unchanged, so the blob equals the file
 * byte for byte); otherwise cloudfit makes the footer.
 *
 * @param image the disk's logical bytes
 * @param footer the input's own footer, when it can be kept
 * @param file the input file, which the resume journal is tied to
 */
public record UploadSource(DiskImage image, Optional<byte[]> footer, Path file) implements AutoCloseable {

    /**
     * Opens {@code file} by its name: {@code .vhd} as a fixed VHD, {@code .vmdk} as VMware's
     * format, anything else as a raw image.
     */
    public static UploadSource open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(InputLocation.of(file), "no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".vhd")) {
                FixedVhdImage vhd = FixedVhdImage.open(file);
                boolean keep = new UploadLayout(vhd.virtualSize().bytes()).dataBytes() == vhd.virtualSize().bytes();
                return new UploadSource(vhd, keep ? Optional.of(vhd.footer()) : Optional.empty(), file);
            }
            if (name.endsWith(".vmdk")) {
                // Where the VMDK reader (dev.cloudfit.migrate.disk.vmdk, 'disk convert') plugs in:
                // return new UploadSource(<its DiskImage over file>, Optional.empty(), file);
                throw new BadInputException(InputLocation.of(file), "disk upload does not read VMDK files yet;"
                        + " convert it first: qemu-img convert -O vpc -o subformat=fixed,force_size=on IN.vmdk OUT.vhd");
            }
            return new UploadSource(RawImage.open(file), Optional.empty(), file);
        } catch (IOException e) {
            throw new BadInputException(InputLocation.of(file), "cannot read: " + e.getMessage());
        }
    }

    @Override
    public void close() throws IOException {
        image.close();
    }
}
