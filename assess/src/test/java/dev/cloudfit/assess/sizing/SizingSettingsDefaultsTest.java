package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.catalog.Region;
import dev.cloudfit.assess.sizing.price.Commitment;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.AvsSettings;
import dev.cloudfit.assess.sizing.settings.FttPolicy;
import dev.cloudfit.assess.sizing.settings.Percentile;
import dev.cloudfit.assess.sizing.settings.SettingRow;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import dev.cloudfit.assess.sizing.settings.UnknownRegionRule;
import dev.cloudfit.core.units.DataSize;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SizingSettingsDefaultsTest {

    @Test
    void everyDefaultIsPinned() {
        AssessmentSettings s = AssessmentSettings.defaults();
        assertThat(s.criterion()).isEqualTo(SizingCriterion.PERFORMANCE_BASED);
        assertThat(s.percentile()).isEqualTo(Percentile.of(95));
        assertThat(s.window()).isEqualTo(Duration.ofDays(30))
                .as("the window collect and generate prepare").isEqualTo(dev.cloudfit.assess.workspace.perf.SummaryWindow.DEFAULT_LENGTH);
        assertThat(s.comfortFactor()).isEqualTo(1.3);
        assertThat(s.region()).isEqualTo(Region.of("westeurope"));
        assertThat(s.currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(s.pricePlan().commitment()).isEqualTo(Commitment.PAY_AS_YOU_GO);
        assertThat(s.pricePlan().hybridBenefit()).isFalse();
        assertThat(s.hoursPerMonth()).isEqualTo(730);
        assertThat(s.seriesAllowList()).isEmpty();
        assertThat(s.includeBurstable()).isFalse();
        assertThat(s.unknownRegionRule()).isEqualTo(UnknownRegionRule.ALLOW_AND_FLAG);
        assertThat(s.diskTypes()).containsExactlyInAnyOrder(DiskType.STANDARD_HDD, DiskType.STANDARD_SSD, DiskType.PREMIUM_SSD);
        assertThat(s.asOnPremisesDiskType()).isEqualTo(DiskType.PREMIUM_SSD);
        assertThat(s.diskTypeWithoutPerfData()).isEqualTo(DiskType.STANDARD_SSD);
        assertThat(s.diskRedundancy()).isEqualTo(DiskRedundancy.LRS);

        AvsSettings a = s.avs();
        assertThat(a.cpuOversubscription()).isEqualTo(4.0);
        assertThat(a.memoryOvercommit()).isEqualTo(1.0);
        assertThat(a.dedupeCompression()).isEqualTo(1.0);
        assertThat(a.vsanSlack()).isEqualTo(0.25);
        assertThat(a.ftt()).isEqualTo(FttPolicy.FTT1_RAID1);
        assertThat(a.managementVcpus()).isEqualTo(44);
        assertThat(a.managementMemory()).isEqualTo(DataSize.ofGibibytes(75));
        assertThat(a.managementStorage()).isEqualTo(DataSize.ofGibibytes(722));
        assertThat(a.nodeTypes()).isEmpty();
    }

    @Test
    void describeListsEverySettingOnceWithValueAndDescription() {
        List<SettingRow> rows = AssessmentSettings.defaults().describe();
        // one row per record component, AVS components expanded
        int expected = AssessmentSettings.class.getRecordComponents().length - 1 + AvsSettings.class.getRecordComponents().length;
        assertThat(rows).hasSize(expected);
        assertThat(rows).extracting(SettingRow::name).doesNotHaveDuplicates();
        assertThat(rows).allSatisfy(r -> assertThat(r.description()).isNotBlank());
        assertThat(rows).extracting(SettingRow::name, SettingRow::value).contains(
                org.assertj.core.groups.Tuple.tuple("percentile", "P95"),
                org.assertj.core.groups.Tuple.tuple("comfortFactor", "1.3"),
                org.assertj.core.groups.Tuple.tuple("hoursPerMonth", "730"),
                org.assertj.core.groups.Tuple.tuple("avs.cpuOversubscription", "4.0:1"),
                org.assertj.core.groups.Tuple.tuple("avs.vsanSlack", "25 %"),
                org.assertj.core.groups.Tuple.tuple("window", "30 days"));
    }

    @Test
    void builderChangesOneSettingAndValidates() {
        AssessmentSettings s = AssessmentSettings.defaults().toBuilder().comfortFactor(1.0).hoursPerMonth(744).build();
        assertThat(s.comfortFactor()).isEqualTo(1.0);
        assertThat(s.hoursPerMonth()).isEqualTo(744);
        assertThat(s.percentile()).isEqualTo(Percentile.P95);
        assertThatThrownBy(() -> AssessmentSettings.defaults().toBuilder().comfortFactor(0).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssessmentSettings.defaults().toBuilder().hoursPerMonth(800).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AssessmentSettings.defaults().toBuilder().diskTypes(Set.of()).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Percentile.of(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AvsSettings.defaults().withDedupeCompression(0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fttPoliciesCarryTheReferenceMultipliersAndMinimumHosts() {
        assertThat(FttPolicy.FTT1_RAID1.storageMultiplier()).isEqualTo(2.0);
        assertThat(FttPolicy.FTT1_RAID1.minimumHosts()).isEqualTo(3);
        assertThat(FttPolicy.FTT1_RAID5.storageMultiplier() * 100).isCloseTo(133.33, org.assertj.core.api.Assertions.within(0.01));
        assertThat(FttPolicy.FTT1_RAID5.minimumHosts()).isEqualTo(4);
        assertThat(FttPolicy.FTT2_RAID1.storageMultiplier()).isEqualTo(3.0);
        assertThat(FttPolicy.FTT2_RAID1.minimumHosts()).isEqualTo(5);
        assertThat(FttPolicy.FTT2_RAID6.storageMultiplier()).isEqualTo(1.5);
        assertThat(FttPolicy.FTT2_RAID6.minimumHosts()).isEqualTo(6);
        assertThat(FttPolicy.FTT3_RAID1.storageMultiplier()).isEqualTo(4.0);
        assertThat(FttPolicy.FTT3_RAID1.minimumHosts()).isEqualTo(7);
        assertThat(FttPolicy.FTT2_RAID6.failuresTolerated()).isEqualTo(2);
    }
}
