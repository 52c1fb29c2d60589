package dev.cloudfit.migrate.run;

import dev.cloudfit.migrate.azure.AzureResourceId;
import dev.cloudfit.migrate.azure.Provenance;
import dev.cloudfit.migrate.azure.SubnetRef;
import dev.cloudfit.migrate.azure.TestNetwork;
import dev.cloudfit.migrate.journal.RunMode;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlannedVm;
import java.util.UUID;

/**
 * Where one VM goes in Azure for one run, as ids: its resource group, disks, NIC and VM, the subnet
 * (the approved one, or the isolated test network's), and the provenance tags every resource carries.
 * A VNet written {@code network-rg/vnet-name} lives in another resource group than the VM.
 */
record AzureTargets(String subscription, PlannedVm vm, RunMode mode, TargetNames names, Provenance provenance) {

    /** The address space of an isolated test network: never routed to anything. */
    static final String TEST_ADDRESS_SPACE = "10.255.0.0/16";
    static final String TEST_SUBNET_PREFIX = "10.255.0.0/24";

    static AzureTargets of(String subscription, MigrationPlan plan, PlannedVm vm, RunMode mode) {
        String planId = plan.workbookId() + (mode == RunMode.TEST ? "-test" : "");
        return new AzureTargets(subscription, vm, mode, TargetNames.of(vm, mode),
                new Provenance(planId, UUID.fromString(vm.instanceUuid()), plan.workbookSha256()));
    }

    String group() {
        return vm.row().resourceGroup();
    }

    String region() {
        return vm.row().region();
    }

    AzureResourceId disk(int index) {
        return new AzureResourceId(subscription, group(), AzureResourceId.DISK, names.disk(index));
    }

    AzureResourceId nic() {
        return new AzureResourceId(subscription, group(), AzureResourceId.NIC, names.nic());
    }

    AzureResourceId virtualMachine() {
        return new AzureResourceId(subscription, group(), AzureResourceId.VM, names.vm());
    }

    /** The approved subnet: {@code VNet} is {@code name} (the VM's group) or {@code group/name}. */
    SubnetRef approvedSubnet() {
        String vnet = vm.row().vnet();
        int slash = vnet.indexOf('/');
        String group = slash < 0 ? group() : vnet.substring(0, slash);
        String name = slash < 0 ? vnet : vnet.substring(slash + 1);
        return new SubnetRef(new AzureResourceId(subscription, group, AzureResourceId.VNET, name), vm.row().subnet());
    }

    /** The isolated network of a test migration, in the VM's resource group. */
    TestNetwork testNetwork() {
        String name = vm.row().testVnet().isBlank() ? "vnet-cloudfit-test" : vm.row().testVnet();
        String subnet = vm.row().subnet().isBlank() ? "snet-test" : vm.row().subnet();
        return new TestNetwork(new AzureResourceId(subscription, group(), AzureResourceId.VNET, name), region(),
                TEST_ADDRESS_SPACE, subnet, TEST_SUBNET_PREFIX);
    }

    SubnetRef subnet() {
        return mode == RunMode.TEST ? testNetwork().subnetRef() : approvedSubnet();
    }

    /** A static IP as approved in production; a test VM takes a dynamic address in its isolated network. */
    String staticIp() {
        return mode == RunMode.PRODUCTION && !vm.row().ip().equalsIgnoreCase("dynamic") ? vm.row().ip() : null;
    }
}
