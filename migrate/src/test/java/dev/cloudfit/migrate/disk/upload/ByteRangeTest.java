package dev.cloudfit.migrate.disk.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ByteRangeTest {

    private static ByteRange r(long offset, long length) {
        return new ByteRange(offset, length);
    }

    @Test
    void intersectKeepsThePartsInsideTheWindow() {
        assertThat(ByteRange.intersect(List.of(r(0, 10), r(20, 10), r(40, 10)), r(5, 40)))
                .containsExactly(r(5, 5), r(20, 10), r(40, 5));
        assertThat(ByteRange.intersect(List.of(r(0, 10)), r(10, 5))).isEmpty();
    }

    @Test
    void subtractLeavesWhatIsNotCovered() {
        assertThat(ByteRange.subtract(List.of(r(0, 100)), List.of(r(10, 10), r(50, 60))))
                .containsExactly(r(0, 10), r(20, 30));
        assertThat(ByteRange.subtract(List.of(r(0, 10), r(20, 10)), List.of())).containsExactly(r(0, 10), r(20, 10));
        assertThat(ByteRange.subtract(List.of(r(0, 10)), List.of(r(0, 10)))).isEmpty();
        assertThat(r(512, 1024).httpRange()).isEqualTo("bytes=512-1535");
    }

    @Test
    void aPageCursorGivesEachWindowItsPagesInOnePass() {
        PageCursor cursor = new PageCursor(List.of(r(0, 10), r(15, 30), r(60, 5)));
        assertThat(cursor.within(r(0, 20))).containsExactly(r(0, 10), r(15, 5));
        assertThat(cursor.within(r(20, 20))).containsExactly(r(20, 20));
        assertThat(cursor.within(r(40, 20))).containsExactly(r(40, 5));
        assertThat(cursor.within(r(60, 20))).containsExactly(r(60, 5));
        assertThat(cursor.within(r(80, 20))).isEmpty();
    }
}
