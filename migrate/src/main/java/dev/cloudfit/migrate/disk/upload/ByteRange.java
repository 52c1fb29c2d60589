package dev.cloudfit.migrate.disk.upload;

import java.util.ArrayList;
import java.util.List;

/** {@code length} bytes from {@code offset}: a run of pages in a blob or a disk. */
public record ByteRange(long offset, long length) {

    public ByteRange {
        if (offset < 0 || length <= 0) {
            throw new IllegalArgumentException("a range needs offset >= 0 and length > 0, not " + offset + "+" + length);
        }
    }

    /** @return the first byte past the range */
    public long end() {
        return offset + length;
    }

    /** @return the HTTP form {@code bytes=FIRST-LAST} (inclusive) */
    public String httpRange() {
        return "bytes=" + offset + "-" + (end() - 1);
    }

    /**
     * @param ranges ascending, non-overlapping ranges
     * @param within the window to keep
     * @return the parts of {@code ranges} inside {@code within}, ascending
     */
    public static List<ByteRange> intersect(List<ByteRange> ranges, ByteRange within) {
        List<ByteRange> out = new ArrayList<>();
        for (ByteRange r : ranges) {
            long from = Math.max(r.offset, within.offset);
            long to = Math.min(r.end(), within.end());
            if (from < to) {
                out.add(new ByteRange(from, to - from));
            }
        }
        return out;
    }

    /**
     * @param ranges ascending, non-overlapping ranges
     * @param minus ascending, non-overlapping ranges to take away
     * @return what is in {@code ranges} and not in {@code minus}, ascending
     */
    public static List<ByteRange> subtract(List<ByteRange> ranges, List<ByteRange> minus) {
        List<ByteRange> out = new ArrayList<>();
        for (ByteRange r : ranges) {
            long from = r.offset;
            for (ByteRange m : minus) {
                if (m.end() <= from || m.offset >= r.end()) {
                    continue;
                }
                if (m.offset > from) {
                    out.add(new ByteRange(from, m.offset - from));
                }
                from = Math.max(from, m.end());
            }
            if (from < r.end()) {
                out.add(new ByteRange(from, r.end() - from));
            }
        }
        return out;
    }
}
