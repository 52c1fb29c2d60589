package dev.cloudfit.vsphere.property;

/**
 * {@code RetrieveOptions.maxObjects}: how many objects vCenter puts in one page. The server may
 * send fewer (it caps pages by size as well); the rest comes through continue tokens.
 *
 * @param maxObjects objects per page, at least 1
 */
public record RetrieveOptions(int maxObjects) {

    /** 100 objects per page: a few hundred kilobytes for a VM's inventory properties. */
    public static final int DEFAULT_MAX_OBJECTS = 100;

    public RetrieveOptions {
        if (maxObjects < 1) {
            throw new IllegalArgumentException("maxObjects must be at least 1: " + maxObjects);
        }
    }

    /** @return {@value #DEFAULT_MAX_OBJECTS} objects per page */
    public static RetrieveOptions defaults() {
        return new RetrieveOptions(DEFAULT_MAX_OBJECTS);
    }
}
