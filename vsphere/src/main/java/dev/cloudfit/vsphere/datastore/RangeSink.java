package dev.cloudfit.vsphere.datastore;

import java.io.IOException;

/** Receives the bytes of a ranged read, in order, each chunk with the disk offset of its first byte. */
@FunctionalInterface
public interface RangeSink {

    /**
     * @param offset where {@code bytes[0..length)} belongs in the file
     * @param bytes a buffer that is reused after the call returns: copy what you keep
     * @param length how many bytes of the buffer are valid
     */
    void accept(long offset, byte[] bytes, int length) throws IOException;
}
