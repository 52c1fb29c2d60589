package dev.cloudfit.migrate.disk.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UploadJournalTest {

    @TempDir
    Path dir;

    @Test
    void aResumedJournalKnowsItsChunksAndFooterAndIgnoresATornLine() throws Exception {
        Path file = dir.resolve("j");
        UploadJournal first = UploadJournal.open(file, "blob=b source=s");
        first.chunkDone(3);
        first.chunkDone(0);
        first.close();
        Files.writeString(file, "chunk 9", StandardCharsets.UTF_8, StandardOpenOption.APPEND); // cut short by a crash

        try (UploadJournal again = UploadJournal.open(file, "blob=b source=s")) {
            assertThat(again.startedOverBecause()).isEmpty();
            assertThat(again.chunksWritten()).isEqualTo(2);
            assertThat(again.chunkWritten(3)).isTrue();
            assertThat(again.chunkWritten(9)).isFalse();
            assertThat(again.footerCreated()).isEqualTo(first.footerCreated());
            assertThat(again.footerId()).isEqualTo(first.footerId());
            assertThat(again.footerWritten()).isFalse();
        }
    }

    @Test
    void anotherSourceOrDiskStartsItOverAndAForeignFileIsNotOverwritten() throws Exception {
        Path file = dir.resolve("j");
        try (UploadJournal j = UploadJournal.open(file, "blob=b source=s")) {
            j.chunkDone(1);
            j.footerDone();
            j.complete("abc");
        }
        try (UploadJournal other = UploadJournal.open(file, "blob=b source=changed")) {
            assertThat(other.startedOverBecause()).hasValueSatisfying(w -> assertThat(w).contains("another source"));
            assertThat(other.chunksWritten()).isZero();
            assertThat(other.completeDigest()).isEmpty();
        }
        Path foreign = Files.writeString(dir.resolve("notes.txt"), "my notes\n");
        assertThatThrownBy(() -> UploadJournal.open(foreign, "k")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not an upload journal");
        assertThat(Files.readString(foreign)).isEqualTo("my notes\n");
    }
}
