package dev.cloudfit.migrate.disk.upload;

import java.util.List;

/**
 * Walks a blob's page ranges alongside the chunks, which come in ascending order: each call
 * starts where the previous one stopped, so a disk of millions of chunks over a blob of many
 * ranges costs one pass over each, not their product.
 */
final class PageCursor {

    private final List<ByteRange> pages;
    private int next;

    /** @param pages ascending, non-overlapping */
    PageCursor(List<ByteRange> pages) {
        this.pages = pages;
    }

    /** @return the parts of the pages inside {@code window}; windows must come in ascending order */
    List<ByteRange> within(ByteRange window) {
        while (next < pages.size() && pages.get(next).end() <= window.offset()) {
            next++;
        }
        int last = next;
        while (last < pages.size() && pages.get(last).offset() < window.end()) {
            last++;
        }
        return ByteRange.intersect(pages.subList(next, last), window);
    }
}
