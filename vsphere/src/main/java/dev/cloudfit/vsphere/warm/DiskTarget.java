package dev.cloudfit.vsphere.warm;

import java.io.IOException;

/**
 * Where a disk's bytes go, at the same offsets as on the source disk: a local file, a page blob.
 * Writes arrive in ascending order within one area, areas in ascending order within one cycle.
 */
public interface DiskTarget {

    /**
     * @param offset the disk offset of {@code bytes[0]}
     * @param bytes a buffer the caller reuses after the call: copy what you keep
     * @param length how many bytes of it to write
     */
    void write(long offset, byte[] bytes, int length) throws IOException;

    /** Makes {@code [offset, offset + length)} read as zeros (a full resync clears what the source no longer holds). */
    void zero(long offset, long length) throws IOException;

    /**
     * Called once a disk's areas of this cycle were all handed over, before the cycle stores the
     * change ids as copied: a target that buffers or sends asynchronously must have everything
     * durably written when this returns.
     */
    default void finish() throws IOException {
    }
}
