package dev.cloudfit.assess.inventory;

import java.util.Objects;

/**
 * Who a VM is. {@code vmId} is the vCenter MoRef ({@code vm-218}), unique per vCenter only;
 * {@code instanceUuid} is vCenter's instance UUID (RVTools "VM UUID" since 4.3.1); {@code biosUuid}
 * is the SMBIOS UUID, which clones can share. {@code vcenter} names the vCenter the MoRef belongs
 * to: its server name where the source gives one (RVTools "VI SDK Server"), else its instance UUID.
 * Any field but the name may be null when the source does not carry it.
 */
public record VmIdentity(String name, String vcenter, String vmId, String instanceUuid, String biosUuid) {

    public VmIdentity {
        Objects.requireNonNull(name, "name");
    }

    /**
     * The most specific key the source allows: vCenter + MoRef, else instance UUID, else name.
     * Two VMs with the same key are the same VM, which is why importers refuse duplicates.
     */
    public String key() {
        if (vmId != null && !vmId.isBlank()) {
            return (vcenter == null ? "" : vcenter) + "/" + vmId;
        }
        if (instanceUuid != null && !instanceUuid.isBlank()) {
            return "uuid:" + instanceUuid.toLowerCase(java.util.Locale.ROOT);
        }
        return "name:" + name;
    }
}
