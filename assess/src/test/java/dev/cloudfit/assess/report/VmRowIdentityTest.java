package dev.cloudfit.assess.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.core.units.DataSize;
import org.junit.jupiter.api.Test;

/** The identity columns of a VM row when the export lacks some of them, and the estimated-disk confidence. */
class VmRowIdentityTest {

    private static String uuidColumn(VmIdentity id) {
        return VmRowMapper.identity(Vm.builder(id).build()).instanceUuid();
    }

    @Test
    void withoutAnInstanceUuidTheColumnSaysSoAndNamesTheBestKnownIdentity() {
        assertThat(uuidColumn(new VmIdentity("web", null, "vm-1001", null, null))).isEqualTo("no UUID: vm-1001");
        assertThat(uuidColumn(new VmIdentity("web", "vc01", "vm-1001", null, null))).isEqualTo("no UUID: vc01/vm-1001");
        assertThat(uuidColumn(new VmIdentity("web", null, null, null, null))).isEqualTo("no UUID: web");
        assertThat(uuidColumn(new VmIdentity("web", null, "vm-1", "5000aaaa-0000-0000-0000-000000000000", null)))
                .isEqualTo("5000aaaa-0000-0000-0000-000000000000");
    }

    @Test
    void estimatedDiskSizesCostOneStar() {
        Disk estimated = new Disk("Hard disk 1" + Disk.ESTIMATED, DataSize.ofGibibytes(100), DiskProvisioning.UNKNOWN,
                null, null, false, false, false);
        Disk real = new Disk("Hard disk 1", DataSize.ofGibibytes(100), DiskProvisioning.UNKNOWN, null, null, false,
                false, false);
        VmIdentity id = new VmIdentity("web", null, null, null, null);
        assertThat(VmRowMapper.confidence(3, Vm.builder(id).disk(estimated).build())).isEqualTo(2);
        assertThat(VmRowMapper.confidence(3, Vm.builder(id).disk(real).build())).isEqualTo(3);
        assertThat(VmRowMapper.confidence(1, Vm.builder(id).disk(estimated).build())).isEqualTo(1);
    }
}
