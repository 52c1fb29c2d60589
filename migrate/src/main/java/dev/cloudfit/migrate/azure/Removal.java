package dev.cloudfit.migrate.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.network.fluent.models.NetworkInterfaceInner;
import com.azure.resourcemanager.resources.fluent.models.GenericResourceExpandedInner;
import dev.cloudfit.core.error.ExternalSystemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Deletes what was created for a VM: the recorded ids in reverse order (a VM before its NIC before
 * its disks and network), each only when its tags say it is ours; then, as a cross-check, whatever
 * still carries the VM's tags in those resource groups. Deleting what is already gone is fine, so a
 * removal can be run again. The plan's shared test network is only let go of: deleted once no NIC of
 * the plan is left in it.
 */
final class Removal {

    private static final List<String> ORDER = List.of(AzureResourceId.VM, AzureResourceId.NIC, AzureResourceId.DISK,
            AzureResourceId.VNET);

    private final ArmClients arm;
    private final Consumer<AzureAction> journal;

    Removal(ArmClients arm, Consumer<AzureAction> journal) {
        this.arm = arm;
        this.journal = journal;
    }

    void remove(List<AzureResourceId> created, Provenance provenance) {
        List<AzureResourceId> reversed = new ArrayList<>(created);
        java.util.Collections.reverse(reversed);
        Set<String> groups = new LinkedHashSet<>();
        for (AzureResourceId id : reversed) {
            groups.add(id.resourceGroup());
            delete(id, provenance);
        }
        for (String group : groups) {
            List<AzureResourceId> left = tagged(created.isEmpty() ? null : created.get(0).subscriptionId(), group, provenance);
            left.sort(Comparator.comparingInt(Removal::rank));
            for (AzureResourceId id : left) {
                delete(id, provenance);
            }
        }
    }

    /** @return the resources of a group that carry this VM's and plan's tags */
    List<AzureResourceId> tagged(String subscriptionId, String group, Provenance provenance) {
        String filter = "tagName eq '" + Provenance.VM_TAG + "' and tagValue eq '" + provenance.vmInstanceUuid() + "'";
        AzureResourceId groupLabel = AzureResourceId.resourceGroup(
                subscriptionId == null ? arm.connection.subscriptionId() : subscriptionId, group);
        List<AzureResourceId> out = new ArrayList<>();
        ArmCalls.call("listing the resources tagged for this VM in", groupLabel, () -> {
            for (GenericResourceExpandedInner r : arm.resources.getResources().listByResourceGroup(group, filter, null, null, Context.NONE)) {
                Map<String, String> tags = Ownership.tags(r.tags());
                if (provenance.owns(tags)) {
                    out.add(AzureResourceId.parse(r.id()));
                }
            }
            return null;
        });
        return out;
    }

    /**
     * Lets go of the plan's shared test network for one VM: deleted when no NIC of the plan is left in
     * it, else kept for the VMs still in it. One not tagged as this plan's test network (or, from an
     * earlier version, this VM's) is left alone: someone else's.
     *
     * @return whether it is gone now
     */
    boolean release(AzureResourceId vnet, Provenance provenance) {
        Optional<Map<String, String>> tags = tags(vnet);
        if (tags.isEmpty()) {
            journal.accept(new AzureAction(AzureAction.Verb.ALREADY_GONE, vnet, ""));
            return true;
        }
        if (!provenance.ownsTestNetwork(tags.get()) && !provenance.owns(tags.get())) {
            // someone else's (refused when the VM's run met it, or replaced since): never deleted, never in the way
            journal.accept(new AzureAction(AzureAction.Verb.KEPT, vnet, "not this plan's test network ("
                    + Provenance.PLAN_TAG + "=" + tags.get().getOrDefault(Provenance.PLAN_TAG, "none") + "): left alone"));
            return false;
        }
        Optional<AzureResourceId> user = nicIn(vnet, provenance);
        if (user.isPresent()) {
            journal.accept(new AzureAction(AzureAction.Verb.KEPT, vnet, "still used by " + user.get().name()));
            return false;
        }
        deleteOurs(vnet);
        return true;
    }

    /** @return a NIC of this plan whose subnet is in the network */
    private Optional<AzureResourceId> nicIn(AzureResourceId vnet, Provenance provenance) {
        String group = vnet.resourceGroup();
        String filter = "tagName eq '" + Provenance.PLAN_TAG + "' and tagValue eq '" + provenance.planId() + "'";
        String prefix = vnet.toString().toLowerCase(Locale.ROOT) + "/subnets/";
        List<AzureResourceId> nics = new ArrayList<>();
        ArmCalls.call("listing the NICs of this plan in", AzureResourceId.resourceGroup(vnet.subscriptionId(), group), () -> {
            for (GenericResourceExpandedInner r : arm.resources.getResources().listByResourceGroup(group, filter, null, null, Context.NONE)) {
                if (AzureResourceId.NIC.equalsIgnoreCase(r.type())) {
                    nics.add(AzureResourceId.parse(r.id()));
                }
            }
            return null;
        });
        for (AzureResourceId nic : nics) {
            Optional<NetworkInterfaceInner> found = ArmCalls.find("reading", nic, () -> arm.network.getNetworkInterfaces()
                    .getByResourceGroupWithResponse(nic.resourceGroup(), nic.name(), null, Context.NONE).getValue());
            boolean inside = found.isPresent() && found.get().ipConfigurations() != null && found.get().ipConfigurations().stream()
                    .anyMatch(ip -> ip.subnet() != null && ip.subnet().id().toLowerCase(Locale.ROOT).startsWith(prefix));
            if (inside) {
                return Optional.of(nic);
            }
        }
        return Optional.empty();
    }

    private void delete(AzureResourceId id, Provenance provenance) {
        Optional<Map<String, String>> tags = tags(id);
        if (tags.isEmpty()) {
            journal.accept(new AzureAction(AzureAction.Verb.ALREADY_GONE, id, ""));
            return;
        }
        if (id.type().equalsIgnoreCase(AzureResourceId.VNET) && provenance.ownsTestNetwork(tags.get())) {
            release(id, provenance);
            return;
        }
        if (!provenance.owns(tags.get())) {
            throw new ExternalSystemException(id.label() + " is recorded as created for this VM but its tags do not say so"
                    + " (it may have been replaced by someone else); cloudfit will not delete it: check it and remove it by hand");
        }
        deleteOurs(id);
    }

    private void deleteOurs(AzureResourceId id) {
        String rg = id.resourceGroup();
        String name = id.name();
        java.time.Duration timeout = arm.connection.timing().operationTimeout();
        switch (id.type()) {
            case AzureResourceId.VM -> ArmCalls.await("deleting", id, timeout, () -> arm.compute.getVirtualMachines().beginDelete(rg, name));
            case AzureResourceId.NIC -> ArmCalls.await("deleting", id, timeout, () -> arm.network.getNetworkInterfaces().beginDelete(rg, name));
            case AzureResourceId.DISK -> ArmCalls.await("deleting", id, timeout, () -> arm.compute.getDisks().beginDelete(rg, name));
            case AzureResourceId.VNET -> ArmCalls.await("deleting", id, timeout, () -> arm.network.getVirtualNetworks().beginDelete(rg, name));
            default -> throw new IllegalArgumentException("cloudfit creates no " + id.type());
        }
        if (!id.type().equals(AzureResourceId.DISK)) {
            // the deployment record the resource was made by (no resource of its own, but it carries our tags)
            ArmCalls.await("deleting the deployment record of", id, timeout,
                    () -> arm.deployments.getDeployments().beginDelete(rg, TemplateDeployer.deploymentName(id)));
        }
        journal.accept(new AzureAction(AzureAction.Verb.DELETED, id, ""));
    }

    private Optional<Map<String, String>> tags(AzureResourceId id) {
        String rg = id.resourceGroup();
        String name = id.name();
        return switch (id.type()) {
            case AzureResourceId.VM -> ArmCalls.find("reading", id, () -> arm.compute.getVirtualMachines()
                    .getByResourceGroupWithResponse(rg, name, null, Context.NONE).getValue()).map(r -> Ownership.tags(r.tags()));
            case AzureResourceId.NIC -> ArmCalls.find("reading", id, () -> arm.network.getNetworkInterfaces()
                    .getByResourceGroupWithResponse(rg, name, null, Context.NONE).getValue()).map(r -> Ownership.tags(r.tags()));
            case AzureResourceId.DISK -> ArmCalls.find("reading", id, () -> arm.compute.getDisks()
                    .getByResourceGroupWithResponse(rg, name, Context.NONE).getValue()).map(r -> Ownership.tags(r.tags()));
            case AzureResourceId.VNET -> ArmCalls.find("reading", id, () -> arm.network.getVirtualNetworks()
                    .getByResourceGroupWithResponse(rg, name, null, Context.NONE).getValue()).map(r -> Ownership.tags(r.tags()));
            default -> throw new IllegalArgumentException("cloudfit creates no " + id.type());
        };
    }

    private static int rank(AzureResourceId id) {
        for (int i = 0; i < ORDER.size(); i++) {
            if (ORDER.get(i).toLowerCase(Locale.ROOT).equals(id.type().toLowerCase(Locale.ROOT))) {
                return i;
            }
        }
        return ORDER.size();
    }
}
