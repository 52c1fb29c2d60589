package dev.cloudfit.migrate.disk.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.units.DataSize;
import org.junit.jupiter.api.Test;

class UploadLayoutTest {

    @Test
    void theBlobIsTheSizeRoundedUpToAMibPlusTheFooter() {
        UploadLayout fourGib = new UploadLayout(4 * DataSize.GIB);
        assertThat(fourGib.blobBytes()).isEqualTo(4 * DataSize.GIB + 512);
        assertThat(fourGib.chunks()).isEqualTo(1024);
        UploadLayout odd = new UploadLayout(20 * DataSize.MIB + 1);
        assertThat(odd.dataBytes()).isEqualTo(21 * DataSize.MIB);
        assertThat(odd.blobBytes()).isEqualTo(21 * DataSize.MIB + 512);
        assertThat(odd.chunks()).isEqualTo(6);
        assertThat(odd.chunk(5)).isEqualTo(new ByteRange(20 * DataSize.MIB, DataSize.MIB));
    }

    @Test
    void azuresLimitsAreOursEvenWhereAzuriteIsLenient() {
        new UploadLayout(20 * DataSize.MIB).requireUploadable("a.raw");
        new UploadLayout(32 * DataSize.TIB).requireUploadable("a.raw");
        assertThatThrownBy(() -> new UploadLayout(19 * DataSize.MIB).requireUploadable("a.raw"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("at least 20 MiB");
        assertThatThrownBy(() -> new UploadLayout(33 * DataSize.TIB).requireUploadable("a.raw"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("at most 32 TiB");
    }
}
