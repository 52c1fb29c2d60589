package dev.cloudfit.migrate.azure;

import java.util.List;
import java.util.Objects;

/**
 * A VM to create from attached managed disks, as approved.
 *
 * @param id              the VM's id
 * @param region          its region
 * @param size            the approved size, e.g. {@code Standard_D4s_v5}
 * @param osDisk          the uploaded OS disk
 * @param dataDisks       the uploaded data disks, attached at LUN 0, 1, 2... in this order
 * @param nic             its network interface
 * @param license         the licence (Azure Hybrid Benefit where the approved scenario uses it)
 * @param zone            the availability zone, or {@code null}
 * @param bootDiagnostics whether boot diagnostics are on (managed storage)
 */
public record VmDeployment(AzureResourceId id, String region, String size, AzureResourceId osDisk,
                           List<AzureResourceId> dataDisks, AzureResourceId nic, LicenseType license, String zone,
                           boolean bootDiagnostics) {

    public VmDeployment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(osDisk, "osDisk");
        Objects.requireNonNull(nic, "nic");
        Objects.requireNonNull(license, "license");
        dataDisks = List.copyOf(dataDisks);
        if (!id.type().equals(AzureResourceId.VM)) {
            throw new IllegalArgumentException("not a VM id: " + id);
        }
    }
}
