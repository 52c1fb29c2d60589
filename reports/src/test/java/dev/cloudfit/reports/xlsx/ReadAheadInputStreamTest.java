package dev.cloudfit.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReadAheadInputStreamTest {

    @Test
    void readsExactlyTheSourceBytesAcrossChunkBoundaries() throws IOException {
        int chunk = ReadAheadInputStream.CHUNK;
        for (int size : new int[] {0, 1, chunk - 1, chunk, chunk + 1, 3 * chunk, 40 * chunk + 17}) {
            byte[] data = new byte[size];
            new Random(size).nextBytes(data);
            try (InputStream in = ReadAheadInputStream.of(new ByteArrayInputStream(data))) {
                assertThat(in.readAllBytes()).as("%d bytes", size).isEqualTo(data);
                assertThat(in.read()).isEqualTo(-1);
            }
        }
    }

    @Test
    void aFailureOfTheSourceReachesTheReaderAsItWas() {
        IOException bomb = new IOException("Zip bomb detected! The file would exceed the max ratio");
        InputStream failing = new InputStream() {
            private int left = 3 * ReadAheadInputStream.CHUNK;

            @Override
            public int read() throws IOException {
                if (left-- == 0) {
                    throw bomb;
                }
                return 'x';
            }
        };
        assertThatThrownBy(() -> {
            try (InputStream in = ReadAheadInputStream.of(failing)) {
                in.readAllBytes();
            }
        }).isSameAs(bomb);
    }

    @Test
    void closingEarlyStopsReadingAhead() throws IOException {
        AtomicLong served = new AtomicLong();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                served.incrementAndGet();
                return 'x';
            }
        };
        try (InputStream in = ReadAheadInputStream.of(endless)) {
            assertThat(in.readNBytes(10)).hasSize(10);
        }
        long atClose = served.get();
        assertThat(atClose).isLessThanOrEqualTo((long) (ReadAheadInputStream.DEPTH + 2) * ReadAheadInputStream.CHUNK);
        Thread.onSpinWait();
        assertThat(served.get()).as("nothing read after close").isEqualTo(atClose);
    }
}
