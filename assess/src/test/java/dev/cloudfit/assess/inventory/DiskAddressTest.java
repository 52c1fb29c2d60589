package dev.cloudfit.assess.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DiskAddressTest {

    @Test
    void vCenterInstanceNamesParseAndPrintBack() {
        assertThat(DiskAddress.parse("scsi0:1")).contains(new DiskAddress("scsi", 0, 1));
        assertThat(DiskAddress.parse("nvme1:15").orElseThrow().instance()).isEqualTo("nvme1:15");
        assertThat(DiskAddress.parse("SATA0:0").orElseThrow().instance()).isEqualTo("sata0:0");
        assertThat(DiskAddress.parse("4000")).isEmpty();
        assertThat(DiskAddress.parse("")).isEmpty();
        assertThat(DiskAddress.parse(null)).isEmpty();
    }

    @Test
    void rvToolsControllerLabelAndUnitGiveTheInstance() {
        assertThat(DiskAddress.ofController("SCSI controller 0", 1).map(DiskAddress::instance)).contains("scsi0:1");
        assertThat(DiskAddress.ofController("SCSI controller 2", 0).map(DiskAddress::instance)).contains("scsi2:0");
        assertThat(DiskAddress.ofController("SATA controller 1", 3).map(DiskAddress::instance)).contains("sata1:3");
        assertThat(DiskAddress.ofController("NVME controller 0", 2).map(DiskAddress::instance)).contains("nvme0:2");
        assertThat(DiskAddress.ofController("IDE 1", 0).map(DiskAddress::instance)).contains("ide1:0");
        assertThat(DiskAddress.ofController("Hard disk 1", 0)).isEmpty();
        assertThat(DiskAddress.ofController("SCSI controller 0", -1)).isEmpty();
        assertThat(DiskAddress.ofController(null, 0)).isEqualTo(Optional.empty());
    }
}
