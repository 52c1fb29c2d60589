package dev.cloudfit.migrate.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.policy.HttpLogDetailLevel;
import com.azure.resourcemanager.resources.fluent.models.ResourceGroupInner;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;

/**
 * What the migrate plugin does in Azure, in domain terms: managed disks for upload, the approved or
 * an isolated test network, NICs and VMs through cloudfit's ARM templates, pre-flight findings, and
 * removal. Every create is an "ensure": the resource is looked up first and adopted when its
 * {@link Provenance} tags say it is ours and it matches the plan, refused when someone else's holds
 * the name; so a re-run creates nothing twice. Each action is reported to the journal consumer.
 *
 * <p>Failures are {@link dev.cloudfit.core.error.ExternalSystemException}s (exit 3) with one line
 * naming the resource and ARM's error code; requests are retried where that is safe (429 honouring
 * {@code Retry-After}, 5xx, I/O errors and timeouts; ARM's PUT, DELETE and the disk access POSTs are
 * idempotent), asynchronous operations are awaited up to {@link AzureConnection.Timing#operationTimeout()}.
 */
public final class AzureAdapter {

    private final ArmClients arm;
    private final Consumer<AzureAction> journal;
    private final DiskLifecycle disks;
    private final NetworkSteps networks;
    private final VmSteps vms;
    private final Removal removal;
    private final AzurePreflight preflight;

    private AzureAdapter(ArmClients arm, Consumer<AzureAction> journal) {
        this.arm = arm;
        this.journal = Objects.requireNonNull(journal, "journal");
        TemplateDeployer deployer = new TemplateDeployer(arm);
        this.disks = new DiskLifecycle(arm, journal);
        this.networks = new NetworkSteps(arm, deployer, journal);
        this.vms = new VmSteps(arm, deployer, disks, journal);
        this.removal = new Removal(arm, journal);
        this.preflight = new AzurePreflight(arm);
    }

    /**
     * Connects with {@code DefaultAzureCredential}: a service principal from the environment
     * ({@code AZURE_TENANT_ID}, {@code AZURE_CLIENT_ID} and {@code AZURE_CLIENT_SECRET} or
     * {@code AZURE_CLIENT_CERTIFICATE_PATH}), workload identity, a managed identity, or the Azure
     * CLI's login, against the cloud's authority. No secret is ever an argument.
     *
     * @param connection where to work
     * @param journal    receives every action taken
     * @return the adapter (no call is made yet)
     */
    public static AzureAdapter connect(AzureConnection connection, Consumer<AzureAction> journal) {
        return new AzureAdapter(ArmClients.withDefaultCredential(connection), journal);
    }

    /**
     * Connects to a Resource Manager stand-in (the local ARM of {@code demo --migrate} and of the
     * process tests) with a fixed bearer token and a TLS context pinning its certificate. The token
     * stays in memory; it is never logged.
     */
    public static AzureAdapter withAccessToken(AzureConnection connection, String accessToken, SSLContext trust,
                                               Consumer<AzureAction> journal) {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(trust, "trust");
        TokenCredential fixed = request -> reactor.core.publisher.Mono.just(
                new com.azure.core.credential.AccessToken(accessToken, java.time.OffsetDateTime.now().plusHours(1)));
        return new AzureAdapter(ArmClients.open(connection, fixed, trust, HttpLogDetailLevel.NONE), journal);
    }

    /** For tests: a given credential, a TLS context trusting the local endpoint, the HTTP logging asked for. */
    static AzureAdapter connect(AzureConnection connection, TokenCredential credential, SSLContext trust,
                                HttpLogDetailLevel logLevel, Consumer<AzureAction> journal) {
        return new AzureAdapter(ArmClients.open(connection, credential, trust, logLevel), journal);
    }

    /**
     * Creates the resource group unless it exists (a shared group is used as it is), tagged with the
     * plan and workbook only: a group holds many VMs, so it carries no {@code cloudfit-vm} tag.
     */
    public void ensureResourceGroup(String name, String region, Provenance provenance) {
        AzureResourceId label = AzureResourceId.resourceGroup(arm.connection.subscriptionId(), name);
        boolean exists = ArmCalls.call("reading", label, () -> arm.resources.getResourceGroups().checkExistence(name));
        if (!exists) {
            ArmCalls.call("creating", label, () -> arm.resources.getResourceGroups().createOrUpdate(name,
                    new ResourceGroupInner().withLocation(region).withTags(provenance.groupTags())));
            journal.accept(new AzureAction(AzureAction.Verb.CREATED, label, region));
        }
    }

    /** Creates (or adopts) a managed disk for upload; a disk left in {@code ActiveUpload} is finished or started again. */
    public ManagedDisk ensureDisk(DiskTarget target, Provenance provenance) {
        return disks.ensure(target, provenance);
    }

    /** @return the disk as ARM reports it, if it exists */
    public Optional<ManagedDisk> disk(AzureResourceId id) {
        return disks.find(id);
    }

    /** Grants write access to a disk waiting for its upload: the SAS goes to the data path only. */
    public UploadGrant grantUpload(AzureResourceId disk, Duration validFor) {
        return disks.grantUpload(disk, validFor);
    }

    /** Revokes upload access; a VHD Azure refuses ({@code InvalidVhd}) gets its disk deleted and a one-line error. */
    public ManagedDisk finishUpload(AzureResourceId disk) {
        return disks.finishUpload(disk);
    }

    /** @throws dev.cloudfit.core.error.BadInputException naming the subnet when it does not exist */
    public void requireSubnet(SubnetRef subnet) {
        networks.requireSubnet(subnet);
    }

    /** Creates (or adopts) the isolated virtual network a plan's test migrations share in a resource group. */
    public AzureResourceId ensureTestNetwork(TestNetwork network, Provenance provenance) {
        return networks.ensureTestNetwork(network, provenance);
    }

    /** Creates (or adopts) a NIC in an existing subnet, through the {@code nic} template. */
    public AzureResourceId ensureNic(NicTarget nic, Provenance provenance) {
        return networks.ensureNic(nic, provenance);
    }

    /** Creates (or adopts) the VM through the {@code vm-from-disks} template, then verifies it succeeded and runs. */
    public AzureResourceId ensureVm(VmDeployment vm, Provenance provenance) {
        return vms.ensureVm(vm, provenance);
    }

    /** Pre-flight of a wave against Azure; nothing is created. */
    public List<AzureFinding> preflight(WaveDemand wave) {
        return preflight.check(wave);
    }

    /** Deletes what was created for a VM, in reverse order, then anything else still tagged for it in those groups. */
    public void remove(List<AzureResourceId> created, Provenance provenance) {
        removal.remove(created, provenance);
    }

    /**
     * Lets go of the plan's shared test network for one VM: deleted when no NIC of the plan is left in
     * it, kept otherwise; left alone when its tags do not say it is this plan's.
     *
     * @return whether it is gone now
     */
    public boolean releaseTestNetwork(AzureResourceId vnet, Provenance provenance) {
        return removal.release(vnet, provenance);
    }

    /** @return the resources of a group tagged for this VM and plan */
    public List<AzureResourceId> taggedResources(String resourceGroup, Provenance provenance) {
        return removal.tagged(arm.connection.subscriptionId(), resourceGroup, provenance);
    }
}
