package dev.cloudfit.migrate.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.network.fluent.models.NetworkInterfaceInner;
import com.azure.resourcemanager.network.fluent.models.NetworkInterfaceIpConfigurationInner;
import com.azure.resourcemanager.network.fluent.models.VirtualNetworkInner;
import dev.cloudfit.core.error.BadInputException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The approved subnet checked, the isolated test network and the NIC ensured. */
final class NetworkSteps {

    private final ArmClients arm;
    private final TemplateDeployer deployer;
    private final Consumer<AzureAction> journal;

    NetworkSteps(ArmClients arm, TemplateDeployer deployer, Consumer<AzureAction> journal) {
        this.arm = arm;
        this.deployer = deployer;
        this.journal = journal;
    }

    void requireSubnet(SubnetRef subnet) {
        boolean exists = ArmCalls.find("reading", subnet.vnet(), () -> arm.network.getSubnets()
                .getWithResponse(subnet.vnet().resourceGroup(), subnet.vnet().name(), subnet.subnet(), null, Context.NONE)
                .getValue()).isPresent();
        if (!exists) {
            throw new BadInputException("the approved " + subnet + " does not exist in subscription "
                    + subnet.vnet().subscriptionId() + "; create it, or correct the plan's target network");
        }
    }

    /**
     * The plan's isolated test network, shared by its VMs in that resource group: adopted when its
     * tags say it is this plan's test network (or, made by an earlier version, this VM's), else created
     * with the plan's tags and a role, no VM's. One made by anyone else is refused.
     */
    AzureResourceId ensureTestNetwork(TestNetwork network, Provenance provenance) {
        AzureResourceId id = network.vnet();
        Optional<VirtualNetworkInner> found = ArmCalls.find("reading", id, () -> arm.network.getVirtualNetworks()
                .getByResourceGroupWithResponse(id.resourceGroup(), id.name(), null, Context.NONE).getValue());
        if (found.isPresent()) {
            Map<String, String> tags = Ownership.tags(found.get().tags());
            if (!provenance.ownsTestNetwork(tags)) {
                Ownership.requireOurs(id, tags, provenance);
            }
            journal.accept(new AzureAction(AzureAction.Verb.ADOPTED, id, "isolated test network"));
        } else {
            deployer.deploy(ArmTemplate.TEST_NETWORK, id, ArmTemplate.testNetworkParameters(network, provenance),
                    provenance.testNetworkTags());
            journal.accept(new AzureAction(AzureAction.Verb.CREATED, id, "isolated test network"));
        }
        requireSubnet(network.subnetRef());
        return id;
    }

    AzureResourceId ensureNic(NicTarget nic, Provenance provenance) {
        requireSubnet(nic.subnet());
        AzureResourceId id = nic.id();
        Optional<NetworkInterfaceInner> found = ArmCalls.find("reading", id, () -> arm.network.getNetworkInterfaces()
                .getByResourceGroupWithResponse(id.resourceGroup(), id.name(), null, Context.NONE).getValue());
        if (found.isPresent()) {
            Ownership.requireOurs(id, found.get().tags(), provenance);
            NetworkInterfaceIpConfigurationInner ip = found.get().ipConfigurations().get(0);
            String subnet = ip.subnet() == null ? "" : ip.subnet().id();
            if (!subnet.equalsIgnoreCase(nic.subnet().id())) {
                throw Ownership.differs(id, "it is in " + subnet + ", the plan's " + nic.subnet());
            }
            if (nic.staticIp() != null && !Objects.equals(nic.staticIp(), ip.privateIpAddress())) {
                throw Ownership.differs(id, "its address is " + ip.privateIpAddress() + ", the plan's " + nic.staticIp());
            }
            journal.accept(new AzureAction(AzureAction.Verb.ADOPTED, id, ip.privateIpAddress()));
            return id;
        }
        deployer.deploy(ArmTemplate.NIC, id, ArmTemplate.nicParameters(nic, provenance), provenance);
        journal.accept(new AzureAction(AzureAction.Verb.CREATED, id, nic.staticIp() == null ? "dynamic address" : nic.staticIp()));
        return id;
    }
}
