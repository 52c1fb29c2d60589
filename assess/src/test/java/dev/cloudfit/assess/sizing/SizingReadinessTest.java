package dev.cloudfit.assess.sizing;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.sizing.readiness.ArchitectureRule;
import dev.cloudfit.assess.sizing.readiness.BootTypeRule;
import dev.cloudfit.assess.sizing.readiness.ConfiguredSizeRule;
import dev.cloudfit.assess.sizing.readiness.DiskCountRule;
import dev.cloudfit.assess.sizing.readiness.DiskFlagsRule;
import dev.cloudfit.assess.sizing.readiness.DiskSizeRule;
import dev.cloudfit.assess.sizing.readiness.Finding;
import dev.cloudfit.assess.sizing.readiness.GuestOsRule;
import dev.cloudfit.assess.sizing.readiness.NicCountRule;
import dev.cloudfit.assess.sizing.readiness.Readiness;
import dev.cloudfit.assess.sizing.readiness.ReadinessRules;
import dev.cloudfit.assess.sizing.readiness.Severity;
import dev.cloudfit.core.units.DataSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SizingReadinessTest {

    private static Vm os(String name) {
        return TestVms.vm("v", 2, 4).guestOs(new GuestOs(name, null)).build();
    }

    private static Readiness readiness(List<Finding> findings) {
        return Readiness.of(findings);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "Microsoft Windows Server 2019 (64-bit)|READY|",
            "Microsoft Windows Server 2022 (64-bit)|READY|",
            "Microsoft Windows Server 2016 or later (64-bit)|READY|",
            "Microsoft Windows Server 2012 R2 (64-bit)|READY|WindowsServerVersionsSupportedWithCaveat",
            "Microsoft Windows Server 2008 R2 (64-bit)|READY|WindowsServerVersionsSupportedWithCaveat",
            "Microsoft Windows Server 2003 Standard (64-bit)|READY_WITH_CONDITIONS|WindowsServerVersionConditionallySupported",
            "Microsoft Windows 10 (64-bit)|READY_WITH_CONDITIONS|WindowsClientVersionsConditionallySupported",
            "Microsoft Windows XP Professional (32-bit)|READY_WITH_CONDITIONS|WindowsOSNoLongerUnderMSSupport",
            "Microsoft Windows 2000 Server|READY_WITH_CONDITIONS|WindowsOSNoLongerUnderMSSupport",
            "Red Hat Enterprise Linux 8 (64-bit)|READY|",
            "Red Hat Enterprise Linux 6 (64-bit)|READY_WITH_CONDITIONS|UnendorsedLinuxDistributions",
            "Ubuntu Linux (64-bit)|READY_WITH_CONDITIONS|CheckUbuntuLinuxVersion",
            "Ubuntu 22.04.3 LTS|READY|",
            "SUSE Linux Enterprise 15 (64-bit)|READY|",
            "Debian GNU/Linux 12 (64-bit)|READY|",
            "CentOS 7 (64-bit)|READY|",
            "Oracle Linux 8 (64-bit)|READY|",
            "VMware Photon OS (64-bit)|READY_WITH_CONDITIONS|UnendorsedLinuxDistributions",
            "Other 4.x or later Linux (64-bit)|READY_WITH_CONDITIONS|UnendorsedLinuxDistributions",
            "FreeBSD 13 (64-bit)|READY_WITH_CONDITIONS|NoGuestOperatingSystemConditionallySupported",
            "Oracle Solaris 11 (64-bit)|READY_WITH_CONDITIONS|NoGuestOperatingSystemConditionallySupported",
            "Other (64-bit)|UNKNOWN|GuestOperatingSystemUnknown"})
    void guestOsSupportTable(String osName, Readiness expected, String code) {
        List<Finding> f = new GuestOsRule().check(os(osName));
        assertThat(readiness(f)).isEqualTo(expected);
        if (code == null) {
            assertThat(f).isEmpty();
        } else {
            assertThat(f).extracting(Finding::code).containsExactly(code);
            assertThat(f).allSatisfy(x -> assertThat(x.remedy()).isNotBlank());
        }
    }

    @Test
    void noOsReportedIsUnknown() {
        Vm vm = TestVms.vm("v", 2, 4).guestOs(new GuestOs(null, null)).build();
        assertThat(new GuestOsRule().check(vm)).extracting(Finding::id).containsExactly("azure.os.unknown");
    }

    @Test
    void toolsReportedNameWinsOverConfigured() {
        Vm vm = TestVms.vm("v", 2, 4).guestOs(new GuestOs("Ubuntu Linux (64-bit)", "Ubuntu 20.04.6 LTS")).build();
        assertThat(new GuestOsRule().check(vm)).isEmpty();
    }

    @Test
    void thirtyTwoBitIsACondition() {
        assertThat(new ArchitectureRule().check(os("Microsoft Windows Server 2008 (32-bit)")))
                .extracting(Finding::code).containsExactly("GuestOperatingSystemArchitectureNotSupported");
        assertThat(new ArchitectureRule().check(os("Microsoft Windows Server 2019 (64-bit)"))).isEmpty();
    }

    @Test
    void uefiWithWindows2008IsNotReady_uefiWith2019IsFine_unknownBootIsACondition() {
        Vm legacy = TestVms.vm("v", 2, 4).firmware(Firmware.EFI).guestOs(new GuestOs("Microsoft Windows Server 2008 R2 (64-bit)", null)).build();
        assertThat(new BootTypeRule().check(legacy)).extracting(Finding::code, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("BootTypeNotSupported", Severity.BLOCKER));
        Vm modern = TestVms.vm("v", 2, 4).firmware(Firmware.EFI).build();
        assertThat(new BootTypeRule().check(modern)).isEmpty();
        Vm unknown = TestVms.vm("v", 2, 4).firmware(Firmware.UNKNOWN).build();
        assertThat(new BootTypeRule().check(unknown)).extracting(Finding::code).containsExactly("BootTypeUnknown");
    }

    @Test
    void osDiskLimitDependsOnFirmware_dataDisksUpTo64TiB() {
        Vm bios3TiB = TestVms.vm("v", 2, 4).disks(List.of(TestVms.disk("Hard disk 1", 3 * 1024))).build();
        assertThat(new DiskSizeRule().check(bios3TiB)).extracting(Finding::id).containsExactly("azure.disk.os-too-large");
        Vm uefi3TiB = bios3TiB.toBuilder().firmware(Firmware.EFI).build();
        assertThat(new DiskSizeRule().check(uefi3TiB)).isEmpty();
        Vm uefi5TiB = uefi3TiB.toBuilder().disks(List.of(TestVms.disk("Hard disk 1", 5 * 1024))).build();
        assertThat(new DiskSizeRule().check(uefi5TiB)).extracting(Finding::id).containsExactly("azure.disk.os-too-large");
        Vm hugeData = TestVms.vm("v", 2, 4).disk(TestVms.disk("Hard disk 2", 65 * 1024)).build();
        assertThat(new DiskSizeRule().check(hugeData)).extracting(Finding::code, Finding::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DiskSizeGreaterThanSupported", "Hard disk 2"));
    }

    @Test
    void diskAndNicCounts() {
        Vm.Builder many = TestVms.vm("v", 2, 4);
        for (int i = 2; i <= 66; i++) {
            many.disk(TestVms.disk("Hard disk " + i, 10));
        }
        assertThat(new DiskCountRule().check(many.build())).extracting(Finding::code).containsExactly("MoreDisksThanSupported");
        Vm.Builder nics = TestVms.vm("v", 2, 4);
        for (int i = 2; i <= 33; i++) {
            nics.nic(TestVms.nic("Network adapter " + i));
        }
        assertThat(new NicCountRule().check(nics.build())).extracting(Finding::code).containsExactly("OneOrMoreAdaptersNotSuitable");
        assertThat(new NicCountRule().check(TestVms.vm("v", 2, 4).build())).isEmpty();
    }

    @Test
    void rdmSharedAndIndependentDisksAreConditions() {
        Vm vm = TestVms.vm("v", 2, 4)
                .disk(new Disk("Hard disk 2", DataSize.ofGibibytes(10), DiskProvisioning.THICK_EAGER_ZEROED, "ds", "SCSI", false, true, false))
                .disk(new Disk("Hard disk 3", DataSize.ofGibibytes(10), DiskProvisioning.THICK_EAGER_ZEROED, "ds", "SCSI", true, false, true))
                .build();
        List<Finding> f = new DiskFlagsRule().check(vm);
        assertThat(f).extracting(Finding::id).containsExactly("vmware.disk.rdm", "vmware.disk.shared", "vmware.disk.independent");
        assertThat(readiness(f)).isEqualTo(Readiness.READY_WITH_CONDITIONS);
    }

    @Test
    void unknownConfiguredSizeIsUnknown_andBlockerWinsOverUnknown() {
        Vm vm = TestVms.vm("v", 0, 0).build();
        assertThat(readiness(new ConfiguredSizeRule().check(vm))).isEqualTo(Readiness.UNKNOWN);
        Vm both = vm.toBuilder().firmware(Firmware.EFI).guestOs(new GuestOs("Microsoft Windows Server 2003 (64-bit)", null)).build();
        assertThat(readiness(ReadinessRules.standard().check(both))).isEqualTo(Readiness.NOT_READY);
    }

    @Test
    void findingIdsAreStable() {
        Vm vm = TestVms.vm("v", 2, 4).firmware(Firmware.UNKNOWN).guestOs(new GuestOs("Microsoft Windows 7 (32-bit)", null)).build();
        assertThat(ReadinessRules.standard().check(vm)).extracting(Finding::id)
                .containsExactly("azure.boot.unknown", "azure.os.windows-client", "azure.os.32-bit");
    }
}
