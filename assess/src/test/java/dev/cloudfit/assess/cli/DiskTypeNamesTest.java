package dev.cloudfit.assess.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.catalog.DiskType;
import org.junit.jupiter.api.Test;

class DiskTypeNamesTest {

    @Test
    void cloudfitAndAzureMigrateNamesAreAccepted() {
        assertThat(DiskTypeNames.parse("premium-v2")).contains(DiskType.PREMIUM_SSD_V2);
        assertThat(DiskTypeNames.parse("PremiumV2")).contains(DiskType.PREMIUM_SSD_V2);
        assertThat(DiskTypeNames.parse("Ultra")).contains(DiskType.ULTRA);
        assertThat(DiskTypeNames.parse("StandardSSD")).contains(DiskType.STANDARD_SSD);
        assertThat(DiskTypeNames.parse("standard-hdd")).contains(DiskType.STANDARD_HDD);
        assertThat(DiskTypeNames.parse(" P ")).contains(DiskType.PREMIUM_SSD);
        assertThat(DiskTypeNames.parse("premium-v3")).isEmpty();
    }
}
