package dev.cloudfit.migrate.disk.upload;

import dev.cloudfit.vsphere.warm.DiskTarget;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A warm cycle's target ({@link DiskTarget}) on a managed disk's page blob, through its upload SAS. The
 * bytes arrive in ascending order; they are gathered per 4 MiB window of the disk, and when the cycle
 * moves past a window (or {@link #finish} is called) the window's written areas go out: their non-zero
 * pages with Put Page (never more than 4 MiB a request), their all-zero pages as Put Page {@code clear}
 * (the area became zero on the source, the blob may still hold the old bytes there). {@link #zero}
 * clears only where the blob holds pages (Get Page Ranges, listed once). {@link #finish} writes the
 * VHD footer last and returns when every request succeeded.
 *
 * <p>Durability is the cycle's: the warm state stores the copied change ids only after {@code finish}
 * returned, so a crash runs the cycle again from the last stored change ids, and writing a page twice
 * is harmless. No journal of its own is needed.
 */
public final class PageBlobTarget implements DiskTarget {

    private final PageBlobRest blob;
    private final UploadLayout layout;
    private final byte[] footer;
    private final byte[] window = new byte[UploadLayout.CHUNK];
    private final List<ByteRange> written = new ArrayList<>(); // absolute, within the window, ascending, merged
    private long windowStart = -1;
    private List<ByteRange> blobPages;
    private long dataBytesSent;
    private long bytesCleared;

    /**
     * @param blob the managed disk's page blob (its write SAS)
     * @param layout the disk's size and its blob's layout
     * @param footer the 512-byte VHD footer written at {@code layout.dataBytes()}
     */
    public PageBlobTarget(PageBlobRest blob, UploadLayout layout, byte[] footer) {
        if (footer.length != UploadLayout.FOOTER) {
            throw new IllegalArgumentException("a VHD footer is 512 bytes, not " + footer.length);
        }
        this.blob = blob;
        this.layout = layout;
        this.footer = footer.clone();
    }

    @Override
    public void write(long offset, byte[] bytes, int length) {
        if (offset < 0 || offset + length > layout.virtualSize()) {
            throw new IllegalArgumentException("a write of " + length + " bytes at " + offset + " is outside the disk's "
                    + layout.virtualSize() + " bytes");
        }
        int done = 0;
        while (done < length) {
            long at = offset + done;
            if (windowStart < 0 || at < windowStart || at >= windowStart + UploadLayout.CHUNK) {
                flush();
                windowStart = at - at % UploadLayout.CHUNK;
            }
            int n = (int) Math.min(length - done, windowStart + UploadLayout.CHUNK - at);
            System.arraycopy(bytes, done, window, (int) (at - windowStart), n);
            note(new ByteRange(at, n));
            done += n;
        }
    }

    @Override
    public void zero(long offset, long length) {
        flush();
        if (blobPages == null) {
            blobPages = blob.pageRanges();
        }
        for (ByteRange held : ByteRange.intersect(blobPages, new ByteRange(offset, length))) {
            for (long at = held.offset(); at < held.end(); at += UploadLayout.CHUNK) {
                clear(new ByteRange(at, Math.min(UploadLayout.CHUNK, held.end() - at)));
            }
        }
    }

    @Override
    public void finish() {
        flush();
        blob.putPages(layout.dataBytes(), footer, 0, footer.length);
    }

    /** @return the bytes of disk data sent with Put Page (not the footer) */
    public long dataBytesSent() {
        return dataBytesSent;
    }

    /** @return the bytes cleared with Put Page {@code clear} */
    public long bytesCleared() {
        return bytesCleared;
    }

    private void note(ByteRange range) {
        if (!written.isEmpty() && written.get(written.size() - 1).end() == range.offset()) {
            ByteRange last = written.remove(written.size() - 1);
            written.add(new ByteRange(last.offset(), last.length() + range.length()));
        } else {
            written.add(range);
        }
    }

    /** Sends the window's written areas: non-zero pages written, zero pages cleared. */
    private void flush() {
        for (ByteRange area : written) {
            if (area.offset() % UploadLayout.PAGE != 0 || area.length() % UploadLayout.PAGE != 0) {
                throw new IllegalStateException("a changed area " + area + " is not 512-byte aligned: vCenter reports"
                        + " changed areas in whole sectors");
            }
            int from = (int) (area.offset() - windowStart);
            byte[] slice = Arrays.copyOfRange(window, from, from + (int) area.length());
            List<ByteRange> runs = NonZeroRuns.find(slice, slice.length);
            long position = 0;
            for (ByteRange run : runs) {
                if (run.offset() > position) {
                    clear(new ByteRange(area.offset() + position, run.offset() - position));
                }
                blob.putPages(area.offset() + run.offset(), slice, (int) run.offset(), (int) run.length());
                dataBytesSent += run.length();
                position = run.end();
            }
            if (position < slice.length) {
                clear(new ByteRange(area.offset() + position, slice.length - position));
            }
        }
        written.clear();
        windowStart = -1;
    }

    private void clear(ByteRange range) {
        blob.clearPages(range);
        bytesCleared += range.length();
    }

    @Override
    public String toString() {
        return "page blob " + blob.blob();
    }
}
