package dev.cloudfit.migrate.disk.upload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NonZeroRunsTest {

    @Test
    void findsTheNonZeroPagesAndMergesOnlyShortGaps() {
        byte[] chunk = new byte[UploadLayout.CHUNK];
        chunk[0] = 1;                    // page 0
        chunk[3 * 512 + 511] = 1;        // page 3: gap of 2 pages, merged
        chunk[100 * 512] = 1;            // page 100: gap of 96 pages (48 KiB), a new run
        chunk[UploadLayout.CHUNK - 1] = 1; // the last page
        assertThat(NonZeroRuns.find(chunk, chunk.length)).containsExactly(
                new ByteRange(0, 4 * 512), new ByteRange(100 * 512, 512), new ByteRange(UploadLayout.CHUNK - 512, 512));
        assertThat(NonZeroRuns.find(new byte[UploadLayout.CHUNK], UploadLayout.CHUNK)).isEmpty();
        assertThat(NonZeroRuns.find(chunk, 1024)).containsExactly(new ByteRange(0, 512));
    }

    @Test
    void aGapOfExactlyTheMergeLimitSplits() {
        byte[] chunk = new byte[64 * 1024];
        chunk[0] = 1;
        chunk[512 + NonZeroRuns.MERGE_GAP] = 1;
        assertThat(NonZeroRuns.find(chunk, chunk.length)).hasSize(2);
        chunk[512 + NonZeroRuns.MERGE_GAP] = 0;
        chunk[NonZeroRuns.MERGE_GAP] = 1;
        assertThat(NonZeroRuns.find(chunk, chunk.length)).containsExactly(new ByteRange(0, NonZeroRuns.MERGE_GAP + 512));
    }
}
