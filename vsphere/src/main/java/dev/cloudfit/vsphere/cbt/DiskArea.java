package dev.cloudfit.vsphere.cbt;

/**
 * A byte range of a disk.
 *
 * @param start the first byte
 * @param length how many bytes
 */
public record DiskArea(long start, long length) {

    public DiskArea {
        if (start < 0 || length <= 0) {
            throw new IllegalArgumentException("not a disk area: start " + start + ", length " + length);
        }
    }

    /** @return the first byte after the area */
    public long end() {
        return start + length;
    }
}
