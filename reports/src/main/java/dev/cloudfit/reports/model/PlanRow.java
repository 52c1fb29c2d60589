package dev.cloudfit.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * One VM's migration target on the Migration Plan sheet: the assessed facts an admin approves (size,
 * disk types, region) and the targets the admin sets (resource group, network, wave, IP, test VNet);
 * the migrate plugin then executes exactly those.
 *
 * @param diskTypes managed-disk tier per disk (e.g. "Premium SSD P10"), in slot order: bus SCSI, SATA, NVMe,
 *                  IDE, then bus number, then unit (the OS disk first unless the VM boots from another)
 * @param vnet      VNet name, empty until set
 * @param subnet    subnet name, empty until set
 * @param wave      migration wave, 1 or more
 * @param ip        {@link #DYNAMIC_IP} or a static private IPv4 address
 * @param testVnet  the isolated VNet a test migration creates, empty for cloudfit's default name
 */
public record PlanRow(VmIdentity vm, String targetSize, List<String> diskTypes, String region,
        String resourceGroup, String vnet, String subnet, int wave, String ip, String testVnet) {

    public static final String DYNAMIC_IP = "dynamic";

    public PlanRow {
        Objects.requireNonNull(vm, "vm");
        targetSize = Text.required(targetSize, "targetSize");
        diskTypes = List.copyOf(diskTypes);
        region = Text.required(region, "region");
        resourceGroup = Objects.requireNonNullElse(resourceGroup, "");
        vnet = Objects.requireNonNullElse(vnet, "");
        subnet = Objects.requireNonNullElse(subnet, "");
        ip = ip == null || ip.isBlank() ? DYNAMIC_IP : ip;
        testVnet = Objects.requireNonNullElse(testVnet, "");
        if (wave < 1) {
            throw new IllegalArgumentException("wave must be 1 or more: " + wave);
        }
    }

    /** True when the admin has said where the VM goes: resource group, VNet and subnet. */
    public boolean targetsSet() {
        return !resourceGroup.isBlank() && !vnet.isBlank() && !subnet.isBlank();
    }
}
