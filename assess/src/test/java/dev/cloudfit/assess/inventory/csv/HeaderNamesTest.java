package dev.cloudfit.assess.inventory.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderNamesTest {

    @Test
    void trimsCollapsesCaseFoldsAndDropsTheMandatoryMark() {
        assertThat(HeaderNames.normalize("  *Memory   (In MB) ")).isEqualTo("memory (in mb)");
        assertThat(HeaderNames.normalize("* Server Name")).isEqualTo("server name");
        assertThat(HeaderNames.normalize("Free\u00A0% ")).isEqualTo("free %");
        assertThat(HeaderNames.normalize("OS\taccording to the VMware tools"))
                .isEqualTo("os according to the vmware tools");
        assertThat(HeaderNames.normalize(null)).isEmpty();
        assertThat(HeaderNames.normalize("   ")).isEmpty();
    }

    @Test
    void headerLookupUsesNormalizedNamesAndTheFirstDuplicate() {
        CsvHeader header = new CsvHeader(List.of("*Server name", "Name", "name "));
        assertThat(header.find("server NAME")).get().extracting(CsvColumn::index).isEqualTo(0);
        assertThat(header.find("name")).get().extracting(CsvColumn::index).isEqualTo(1);
        assertThat(header.find("memory")).isEmpty();
    }
}
