package dev.cloudfit.migrate.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.compute.fluent.models.VirtualMachineInner;
import com.azure.resourcemanager.compute.models.InstanceViewStatus;
import com.azure.resourcemanager.compute.models.InstanceViewTypes;
import dev.cloudfit.core.error.ExternalSystemException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The VM deployed from its template (or adopted), then verified {@code Succeeded} and running. */
final class VmSteps {

    private final ArmClients arm;
    private final TemplateDeployer deployer;
    private final DiskLifecycle disks;
    private final Consumer<AzureAction> journal;

    VmSteps(ArmClients arm, TemplateDeployer deployer, DiskLifecycle disks, Consumer<AzureAction> journal) {
        this.arm = arm;
        this.deployer = deployer;
        this.disks = disks;
        this.journal = journal;
    }

    AzureResourceId ensureVm(VmDeployment vm, Provenance provenance) {
        AzureResourceId id = vm.id();
        Optional<VirtualMachineInner> found = read(id);
        if (found.isPresent()) {
            Ownership.requireOurs(id, found.get().tags(), provenance);
            String size = found.get().hardwareProfile() == null ? "" : String.valueOf(found.get().hardwareProfile().vmSize());
            if (!size.equalsIgnoreCase(vm.size())) {
                throw Ownership.differs(id, "its size is " + size + ", the plan's " + vm.size());
            }
            if ("Failed".equals(found.get().provisioningState())) {
                // an earlier deployment failed half-way: deploying the same template again is how ARM repairs it
                deploy(vm, provenance);
                journal.accept(new AzureAction(AzureAction.Verb.CREATED, id, vm.size() + ", deployed again after a failed provisioning"));
            } else {
                journal.accept(new AzureAction(AzureAction.Verb.ADOPTED, id, size));
            }
        } else {
            deploy(vm, provenance);
            journal.accept(new AzureAction(AzureAction.Verb.CREATED, id, vm.size()));
        }
        verify(id);
        return id;
    }

    private void deploy(VmDeployment vm, Provenance provenance) {
        ManagedDisk os = disks.find(vm.osDisk()).orElseThrow(() -> new ExternalSystemException(
                "cannot create " + vm.id().label() + ": its OS " + vm.osDisk().label() + " does not exist"));
        deployer.deploy(ArmTemplate.VM_FROM_DISKS, vm.id(), ArmTemplate.vmParameters(vm, osTypeOf(os), provenance), provenance);
    }

    private OsDisk.OsType osTypeOf(ManagedDisk os) {
        String type = ArmCalls.call("reading", os.id(), () -> String.valueOf(arm.compute.getDisks()
                .getByResourceGroup(os.id().resourceGroup(), os.id().name()).osType()));
        if ("Windows".equalsIgnoreCase(type)) {
            return OsDisk.OsType.WINDOWS;
        }
        if ("Linux".equalsIgnoreCase(type)) {
            return OsDisk.OsType.LINUX;
        }
        throw new ExternalSystemException(os.id().label() + " has no osType, so it cannot boot a VM; it was not created as an OS disk");
    }

    /** @throws ExternalSystemException unless the VM's provisioning succeeded and it is running */
    void verify(AzureResourceId id) {
        VirtualMachineInner vm = read(id).orElseThrow(() -> new ExternalSystemException(id.label() + " vanished after its deployment"));
        if (!"Succeeded".equals(vm.provisioningState())) {
            throw new ExternalSystemException(id.label() + " ended in provisioning state " + vm.provisioningState() + ", not Succeeded");
        }
        List<InstanceViewStatus> statuses = vm.instanceView() == null || vm.instanceView().statuses() == null
                ? List.of() : vm.instanceView().statuses();
        String power = statuses.stream().map(InstanceViewStatus::code).filter(c -> c != null && c.startsWith("PowerState/"))
                .findFirst().orElse("PowerState/unknown");
        if (!"PowerState/running".equals(power)) {
            throw new ExternalSystemException(id.label() + " was deployed but is " + power.substring("PowerState/".length())
                    + ", not running; look at its boot diagnostics in the portal");
        }
        journal.accept(new AzureAction(AzureAction.Verb.VERIFIED, id, "Succeeded, running"));
    }

    private Optional<VirtualMachineInner> read(AzureResourceId id) {
        return ArmCalls.find("reading", id, () -> arm.compute.getVirtualMachines().getByResourceGroupWithResponse(
                id.resourceGroup(), id.name(), InstanceViewTypes.INSTANCE_VIEW, Context.NONE).getValue());
    }
}
