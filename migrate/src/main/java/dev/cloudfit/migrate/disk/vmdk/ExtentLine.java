package dev.cloudfit.migrate.disk.vmdk;

/**
 * One extent line of a VMDK descriptor: {@code RW 8388608 FLAT "disk-flat.vmdk" 0}: access, size
 * in sectors, type ({@code FLAT}, {@code VMFS}, {@code SPARSE}, {@code ZERO}, ...), file (none for
 * {@code ZERO}) and, for flat extents, the first sector in that file.
 */
public record ExtentLine(int lineNumber, String access, long sectors, String type, String file, long startSector) {
}
