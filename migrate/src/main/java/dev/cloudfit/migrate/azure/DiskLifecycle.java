package dev.cloudfit.migrate.azure;

import com.azure.core.util.Context;
import com.azure.resourcemanager.compute.fluent.models.DiskInner;
import com.azure.resourcemanager.compute.models.AccessLevel;
import com.azure.resourcemanager.compute.models.CreationData;
import com.azure.resourcemanager.compute.models.DiskCreateOption;
import com.azure.resourcemanager.compute.models.DiskStorageAccountTypes;
import com.azure.resourcemanager.compute.models.GrantAccessData;
import com.azure.resourcemanager.compute.models.HyperVGeneration;
import com.azure.resourcemanager.compute.models.OperatingSystemTypes;
import dev.cloudfit.core.error.ExternalSystemException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A managed disk's upload lifecycle: create for upload ({@code ReadyToUpload}), grant write access
 * ({@code ActiveUpload}), revoke ({@code Unattached}); a bad VHD ({@code InvalidVhd}) or a disk left
 * in {@code ActiveUpload} by an earlier run is cleaned up.
 */
final class DiskLifecycle {

    static final String INVALID_VHD = "InvalidVhd";

    private final ArmClients arm;
    private final Consumer<AzureAction> journal;

    DiskLifecycle(ArmClients arm, Consumer<AzureAction> journal) {
        this.arm = arm;
        this.journal = journal;
    }

    Optional<ManagedDisk> find(AzureResourceId id) {
        return findInner(id).map(d -> view(id, d));
    }

    ManagedDisk ensure(DiskTarget target, Provenance provenance) {
        AzureResourceId id = target.id();
        Optional<DiskInner> found = findInner(id);
        if (found.isEmpty()) {
            return create(target, provenance);
        }
        DiskInner disk = found.get();
        Ownership.requireOurs(id, disk.tags(), provenance);
        String difference = difference(target, disk);
        if (difference != null) {
            throw Ownership.differs(id, difference);
        }
        if ("ActiveUpload".equals(state(disk))) {
            return recoverActiveUpload(target, provenance);
        }
        journal.accept(new AzureAction(AzureAction.Verb.ADOPTED, id, state(disk)));
        return view(id, disk);
    }

    UploadGrant grantUpload(AzureResourceId id, Duration validFor) {
        String sas = ArmCalls.await("granting upload access to", id, arm.connection.timing().operationTimeout(),
                () -> arm.compute.getDisks().beginGrantAccess(id.resourceGroup(), id.name(),
                        new GrantAccessData().withAccess(AccessLevel.WRITE).withDurationInSeconds((int) validFor.toSeconds())))
                .accessSas();
        journal.accept(new AzureAction(AzureAction.Verb.UPLOAD_GRANTED, id, "valid " + validFor.toMinutes() + " min"));
        return new UploadGrant(id, URI.create(sas));
    }

    /**
     * Revokes upload access. When Azure refuses the VHD ({@code InvalidVhd}) the disk is deleted, so
     * nothing is left in {@code ActiveUpload}, and the error says so with the remedy.
     */
    ManagedDisk finishUpload(AzureResourceId id) {
        try {
            revoke(id);
        } catch (ExternalSystemException e) {
            if (ArmErrors.code(e).filter(INVALID_VHD::equals).isPresent()) {
                delete(id);
                journal.accept(new AzureAction(AzureAction.Verb.CLEANED_UP, id, INVALID_VHD + ": disk deleted"));
                throw new ExternalSystemException(ArmErrors.oneLine("finishing the upload of " + id.label()
                        + " failed: Azure refused the VHD (" + INVALID_VHD + ": " + ArmErrors.reason(e).replaceFirst("^Azure answered InvalidVhd: ", "")
                        + "); the disk was deleted. The VHD must be a fixed VHD whose footer (cookie 'conectix', type 2, size, checksum)"
                        + " is the last 512 bytes; convert again and re-run, which creates the disk anew"), e);
            }
            throw e;
        }
        ManagedDisk disk = find(id).orElseThrow(() -> new ExternalSystemException(id.label() + " vanished after its upload"));
        if (!"Unattached".equals(disk.state())) {
            throw new ExternalSystemException(id.label() + " is " + disk.state() + " after its upload, not Unattached");
        }
        journal.accept(new AzureAction(AzureAction.Verb.UPLOAD_FINISHED, id, disk.state()));
        return disk;
    }

    void delete(AzureResourceId id) {
        ArmCalls.await("deleting", id, arm.connection.timing().operationTimeout(),
                () -> arm.compute.getDisks().beginDelete(id.resourceGroup(), id.name()));
    }

    private void revoke(AzureResourceId id) {
        ArmCalls.await("finishing the upload of", id, arm.connection.timing().operationTimeout(),
                () -> arm.compute.getDisks().beginRevokeAccess(id.resourceGroup(), id.name()));
    }

    /** A disk an earlier run left in {@code ActiveUpload}: its upload ended, or it is started again. */
    private ManagedDisk recoverActiveUpload(DiskTarget target, Provenance provenance) {
        AzureResourceId id = target.id();
        try {
            revoke(id);
            ManagedDisk disk = find(id).orElseThrow();
            journal.accept(new AzureAction(AzureAction.Verb.ADOPTED, id,
                    "was left in ActiveUpload; upload access revoked, the VHD accepted: " + disk.state()));
            return disk;
        } catch (ExternalSystemException e) {
            if (ArmErrors.code(e).filter(INVALID_VHD::equals).isEmpty()) {
                throw e;
            }
            delete(id);
            journal.accept(new AzureAction(AzureAction.Verb.CLEANED_UP, id,
                    "was left in ActiveUpload with an incomplete VHD (InvalidVhd); deleted, created again"));
            return create(target, provenance);
        }
    }

    private ManagedDisk create(DiskTarget target, Provenance provenance) {
        AzureResourceId id = target.id();
        CreationData creation = new CreationData().withCreateOption(DiskCreateOption.UPLOAD)
                .withUploadSizeBytes(target.uploadSizeBytes());
        if (target.sku().needs512ByteSectors()) {
            creation.withLogicalSectorSize(512);
        }
        DiskInner disk = new DiskInner().withSku(new com.azure.resourcemanager.compute.models.DiskSku()
                        .withName(DiskStorageAccountTypes.fromString(target.sku().name())))
                .withCreationData(creation);
        disk.withLocation(target.region()).withTags(provenance.tags());
        if (target.zone() != null) {
            disk.withZones(List.of(target.zone()));
        }
        if (target.os() != null) {
            disk.withOsType(target.os().osType() == OsDisk.OsType.WINDOWS ? OperatingSystemTypes.WINDOWS : OperatingSystemTypes.LINUX)
                    .withHyperVGeneration(HyperVGeneration.fromString(target.os().firmware().hyperVGeneration()));
        }
        DiskInner created = ArmCalls.await("creating", id, arm.connection.timing().operationTimeout(),
                () -> arm.compute.getDisks().beginCreateOrUpdate(id.resourceGroup(), id.name(), disk));
        journal.accept(new AzureAction(AzureAction.Verb.CREATED, id, state(created)));
        return view(id, created);
    }

    private Optional<DiskInner> findInner(AzureResourceId id) {
        return ArmCalls.find("reading", id, () -> arm.compute.getDisks()
                .getByResourceGroupWithResponse(id.resourceGroup(), id.name(), Context.NONE).getValue());
    }

    private static String difference(DiskTarget target, DiskInner disk) {
        Long upload = disk.creationData() == null ? null : disk.creationData().uploadSizeBytes();
        if (upload == null || upload != target.uploadSizeBytes()) {
            return "its upload size is " + upload + " bytes, the plan's " + target.uploadSizeBytes();
        }
        String sku = disk.sku() == null || disk.sku().name() == null ? "" : disk.sku().name().toString();
        if (!sku.equals(target.sku().name())) {
            return "its SKU is " + sku + ", the plan's " + target.sku().name();
        }
        if (target.os() != null) {
            String generation = disk.hyperVGeneration() == null ? "V1" : disk.hyperVGeneration().toString();
            if (!generation.equals(target.os().firmware().hyperVGeneration())) {
                return "its Hyper-V generation is " + generation + ", the plan's " + target.os().firmware().hyperVGeneration();
            }
        }
        return null;
    }

    private static String state(DiskInner disk) {
        return disk.diskState() == null ? "" : disk.diskState().toString();
    }

    private static ManagedDisk view(AzureResourceId id, DiskInner disk) {
        Long upload = disk.creationData() == null ? null : disk.creationData().uploadSizeBytes();
        return new ManagedDisk(id, state(disk), upload == null ? 0 : upload, Ownership.tags(disk.tags()));
    }
}
