package dev.cloudfit.migrate.azure;

import java.util.List;
import java.util.Objects;

/**
 * What a wave will ask of Azure, for the pre-flight: its region and resource group, and per VM its
 * size and the names of the resources it gets.
 *
 * @param region                 the Azure region
 * @param resourceGroup          the target resource group
 * @param mayCreateResourceGroup whether a missing group may be created
 * @param vms                    the wave's VMs
 */
public record WaveDemand(String region, String resourceGroup, boolean mayCreateResourceGroup, List<Vm> vms) {

    /**
     * One VM of the wave.
     *
     * @param vmName    the VM's target name
     * @param size      its approved size
     * @param diskNames its managed disks' names
     * @param nicName   its NIC's name
     */
    public record Vm(String vmName, String size, List<String> diskNames, String nicName) {
        public Vm {
            Objects.requireNonNull(vmName, "vmName");
            Objects.requireNonNull(size, "size");
            Objects.requireNonNull(nicName, "nicName");
            diskNames = List.copyOf(diskNames);
        }
    }

    public WaveDemand {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(resourceGroup, "resourceGroup");
        vms = List.copyOf(vms);
    }
}
