package dev.cloudfit.assess.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeterClassifierTest {

    private static MeterKind vm(String product, String sku, String meter) {
        return MeterClassifier.classify("Virtual Machines", product, sku, meter);
    }

    private static MeterKind storage(String product, String sku, String meter) {
        return MeterClassifier.classify("Storage", product, sku, meter);
    }

    @Test
    void regularSpotLowPriorityAreApart() {
        assertThat(vm("Virtual Machines Dsv5 Series", "D4s v5", "D4s v5")).isEqualTo(MeterKind.VM);
        assertThat(vm("Virtual Machines Dsv5 Series Windows", "Standard_D4s_v5", "D4s v5")).isEqualTo(MeterKind.VM);
        assertThat(vm("Virtual Machines Dv2 Series", "D5 v2 Spot", "D5 v2/DS5 v2 Spot")).isEqualTo(MeterKind.VM_SPOT);
        assertThat(vm("Virtual Machines Eadsv5 Series", "E8-4ads v5 Low Priority", "E8-4ads v5 Low Priority"))
                .isEqualTo(MeterKind.VM_LOW_PRIORITY);
    }

    @Test
    void cloudServicesAndDedicatedHostsWithOrWithoutSpaces() {
        assertThat(vm("Easv5 Series CloudServices", "E8as v5", "E8as v5")).isEqualTo(MeterKind.CLOUD_SERVICES);
        assertThat(vm("Bsv2 Series Cloud Services", "B2s v2", "B2s v2")).isEqualTo(MeterKind.CLOUD_SERVICES);
        assertThat(MeterClassifier.classify("Cloud Services", "Cloud Services G Series", "G1", "G1"))
                .isEqualTo(MeterKind.CLOUD_SERVICES);
        assertThat(vm("MdSv2 Series Dedicated Host", "Mdsmv2MedMem Type1", "Mdsmv2MedMem Type1"))
                .isEqualTo(MeterKind.DEDICATED_HOST);
        assertThat(vm("Dsv5 Series DedicatedHost", "Dsv5 Type1", "Dsv5 Type1")).isEqualTo(MeterKind.DEDICATED_HOST);
    }

    @Test
    void promotionalAndExpiredMetersAreApart() {
        assertThat(vm("Virtual Machines H Promo Series Windows", "H16", "H16")).isEqualTo(MeterKind.VM_PROMO);
        assertThat(vm("Virtual Machines Dv2 promo Series Windows", "D2 v2", "D2 v2/DS2 v2 - Expired"))
                .isEqualTo(MeterKind.VM_PROMO);
        assertThat(vm("Virtual Machines H Series", "H16", "H16")).isEqualTo(MeterKind.VM);
    }

    @Test
    void windowsIsAlsoAbbreviated() {
        assertThat(PricingOs.fromProductName("Virtual Machines NCCadsv5 Srs Win")).isEqualTo(PricingOs.WINDOWS);
        assertThat(PricingOs.fromProductName("Virtual Machines NCCadsv5 Srs")).isEqualTo(PricingOs.LINUX);
        assertThat(PricingOs.fromProductName("DCsv3 Series Linux")).isEqualTo(PricingOs.LINUX);
        assertThat(PricingOs.fromProductName("Virtual Machines Dsv5 Series Windows")).isEqualTo(PricingOs.WINDOWS);
    }

    @Test
    void diskTiersOldAndNewMeterNames() {
        assertThat(storage("Premium SSD Managed Disks", "P10 LRS", "P10 LRS Disk")).isEqualTo(MeterKind.DISK_TIER);
        assertThat(storage("Premium SSD Managed Disks", "P80 LRS", "P80 Disks")).isEqualTo(MeterKind.DISK_TIER);
        assertThat(storage("Standard SSD Managed Disks", "E10 ZRS", "E10 ZRS Disk")).isEqualTo(MeterKind.DISK_TIER);
        assertThat(storage("Standard HDD Managed Disks", "S10 LRS", "S10 LRS Disk")).isEqualTo(MeterKind.DISK_TIER);
        assertThat(storage("Premium SSD Managed Disks", "P10 LRS", "P10 LRS Disk Mount")).isEqualTo(MeterKind.DISK_MOUNT);
        assertThat(storage("Standard SSD Managed Disks", "E10 LRS", "E10 LRS Disk Operations"))
                .isEqualTo(MeterKind.DISK_OPERATIONS);
        assertThat(storage("Premium SSD Managed Disks", "Burst Enablement LRS", "LRS Burst Enablement"))
                .isEqualTo(MeterKind.DISK_BURST);
        assertThat(storage("Premium SSD Managed Disks", "Snapshots LRS", "LRS Snapshots")).isEqualTo(MeterKind.DISK_SNAPSHOT);
        // the tier letter must match the product: a Premium Page Blob "P4 LRS" is not a managed disk
        assertThat(storage("Premium Page Blob", "P4 LRS", "P4 Disks")).isEqualTo(MeterKind.OTHER);
        assertThat(storage("Standard SSD Managed Disks", "P10 LRS", "P10 LRS Disk")).isEqualTo(MeterKind.DISK_OTHER);
    }

    @Test
    void provisionedDisksAndAvs() {
        assertThat(storage("Azure Premium SSD v2", "Premium LRS", "Premium LRS Provisioned Capacity"))
                .isEqualTo(MeterKind.PREMIUM_SSD_V2_CAPACITY);
        assertThat(storage("Azure Premium SSD v2", "Premium LRS", "Premium LRS Provisioned Throughput (MBps)"))
                .isEqualTo(MeterKind.PREMIUM_SSD_V2_THROUGHPUT);
        assertThat(storage("Azure Premium SSD v2", "Confidential Compute Encryption LRS",
                "Confidential Compute Encryption LRS Provisioned Capacity")).isEqualTo(MeterKind.DISK_OTHER);
        assertThat(storage("Ultra Disks", "Ultra LRS", "Ultra LRS Provisioned IOPS")).isEqualTo(MeterKind.ULTRA_IOPS);
        assertThat(storage("Ultra Disks", "Ultra LRS", "Ultra LRS Reservation per vCPU Provisioned"))
                .isEqualTo(MeterKind.ULTRA_VCPU_RESERVATION);
        assertThat(MeterClassifier.classify("Azure VMware Solution", "Azure VMware Solution", "AV36", "AV36 Node"))
                .isEqualTo(MeterKind.AVS_NODE);
        assertThat(MeterClassifier.classify("Specialized Compute", "Specialized Compute Azure VMware Solution",
                "AV36P VCF BYOL", "AV36P VCF BYOL Node")).isEqualTo(MeterKind.AVS_NODE);
        assertThat(MeterClassifier.classify("Specialized Compute", "Specialized Compute Azure VMware Solution",
                "AV64 Trial", "AV64 Trial Node")).isEqualTo(MeterKind.AVS_TRIAL);
        assertThat(MeterClassifier.classify("SQL Database", "SQL Database Single Standard", "S1", "S1 DTUs"))
                .isEqualTo(MeterKind.OTHER);
    }
}
