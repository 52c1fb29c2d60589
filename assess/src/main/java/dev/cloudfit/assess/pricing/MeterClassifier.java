package dev.cloudfit.assess.pricing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Classifies a price row into a {@link MeterKind} from its names. The rules follow what the recorded API
 * output shows (see {@code shared/reference/azure-pricing-data.md} §1.4–1.6):
 * <ul>
 * <li>VMs ({@code serviceName} Virtual Machines or Cloud Services): a {@code productName} naming Cloud Services or
 * Dedicated Host (also written without the space, {@code CloudServices}, {@code DedicatedHost}) comes first; then
 * promotional products ({@code "H Promo Series"}, priced below the list price) and {@code " - Expired"} meters;
 * then a {@code skuName}/{@code meterName} ending in {@code " Spot"} or containing {@code " Low Priority"}.</li>
 * <li>Fixed disk tiers: product {@code Premium SSD|Standard SSD|Standard HDD Managed Disks}, {@code skuName} like
 * {@code P10 LRS} whose letter matches the product, {@code meterName} {@code "P10 LRS Disk"} (2024 on) or
 * {@code "P10 Disks"} (2022). Mount, operations, burst and snapshot meters are kinds of their own.</li>
 * <li>Premium SSD v2 ({@code Azure Premium SSD v2}, sku {@code Premium LRS}) and Ultra ({@code Ultra Disks}, sku
 * {@code Ultra LRS}): the provisioned capacity, IOPS and throughput meters by their meter-name suffix.</li>
 * <li>AVS: {@code serviceName} Azure VMware Solution, or a {@code productName} containing it (the API files it
 * under Specialized Compute); {@code Trial} meters apart.</li>
 * </ul>
 */
public final class MeterClassifier {

    private static final Pattern TIER_SKU = Pattern.compile("([PES])(\\d+) (LRS|ZRS)");

    private MeterClassifier() {
    }

    public static MeterKind classify(String serviceName, String productName, String skuName, String meterName) {
        String service = nz(serviceName);
        String product = nz(productName);
        String sku = nz(skuName);
        String meter = nz(meterName);
        if (service.equals("Virtual Machines") || service.equals("Cloud Services")) {
            return classifyVm(service, product, sku, meter);
        }
        if (service.equals("Azure VMware Solution") || product.contains("Azure VMware Solution")) {
            if (meter.contains("Trial") || sku.contains("Trial")) {
                return MeterKind.AVS_TRIAL;
            }
            return meter.endsWith(" Node") || meter.endsWith(" Nodes") ? MeterKind.AVS_NODE : MeterKind.AVS_OTHER;
        }
        if (service.equals("Storage")) {
            return classifyDisk(product, sku, meter);
        }
        return MeterKind.OTHER;
    }

    private static MeterKind classifyVm(String service, String product, String sku, String meter) {
        String compact = product.replace(" ", "").toLowerCase(Locale.ROOT);
        if (service.equals("Cloud Services") || compact.contains("cloudservices")) {
            return MeterKind.CLOUD_SERVICES;
        }
        if (compact.contains("dedicatedhost")) {
            return MeterKind.DEDICATED_HOST;
        }
        if (compact.contains("promo") || meter.endsWith(" - Expired")) {
            return MeterKind.VM_PROMO;
        }
        if (sku.endsWith(" Spot") || meter.endsWith(" Spot")) {
            return MeterKind.VM_SPOT;
        }
        if (sku.contains(" Low Priority") || meter.contains(" Low Priority")) {
            return MeterKind.VM_LOW_PRIORITY;
        }
        return MeterKind.VM;
    }

    private static MeterKind classifyDisk(String product, String sku, String meter) {
        switch (product) {
            case "Premium SSD Managed Disks", "Standard SSD Managed Disks", "Standard HDD Managed Disks" -> {
                return classifyTierProduct(product, sku, meter);
            }
            case "Azure Premium SSD v2" -> {
                return provisioned(sku.equals("Premium LRS"), meter, MeterKind.PREMIUM_SSD_V2_CAPACITY,
                        MeterKind.PREMIUM_SSD_V2_IOPS, MeterKind.PREMIUM_SSD_V2_THROUGHPUT);
            }
            case "Ultra Disks" -> {
                if (sku.equals("Ultra LRS") && meter.endsWith("Reservation per vCPU Provisioned")) {
                    return MeterKind.ULTRA_VCPU_RESERVATION;
                }
                return provisioned(sku.equals("Ultra LRS"), meter, MeterKind.ULTRA_CAPACITY,
                        MeterKind.ULTRA_IOPS, MeterKind.ULTRA_THROUGHPUT);
            }
            default -> {
                return MeterKind.OTHER;
            }
        }
    }

    private static MeterKind classifyTierProduct(String product, String sku, String meter) {
        if (meter.contains("Disk Mount")) {
            return MeterKind.DISK_MOUNT;
        }
        if (meter.contains("Operations")) {
            return MeterKind.DISK_OPERATIONS;
        }
        if (meter.contains("Burst")) {
            return MeterKind.DISK_BURST;
        }
        if (meter.contains("Snapshot")) {
            return MeterKind.DISK_SNAPSHOT;
        }
        var m = TIER_SKU.matcher(sku);
        if (m.matches() && m.group(1).equals(tierLetter(product))) {
            String tier = m.group(1) + m.group(2);
            if (meter.equals(sku + " Disk") || meter.equals(tier + " Disks")) {
                return MeterKind.DISK_TIER;
            }
        }
        return MeterKind.DISK_OTHER;
    }

    private static String tierLetter(String product) {
        if (product.startsWith("Premium SSD")) {
            return "P";
        }
        return product.startsWith("Standard SSD") ? "E" : "S";
    }

    private static MeterKind provisioned(boolean baseSku, String meter, MeterKind capacity, MeterKind iops,
            MeterKind throughput) {
        if (!baseSku) {
            return MeterKind.DISK_OTHER;
        }
        if (meter.endsWith(" Provisioned Capacity")) {
            return capacity;
        }
        if (meter.endsWith(" Provisioned IOPS")) {
            return iops;
        }
        if (meter.endsWith(" Provisioned Throughput (MBps)")) {
            return throughput;
        }
        return MeterKind.DISK_OTHER;
    }

    private static String nz(String s) {
        return s == null ? "" : s.trim();
    }
}
