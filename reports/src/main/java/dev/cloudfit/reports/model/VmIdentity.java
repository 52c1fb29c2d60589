package dev.cloudfit.reports.model;

/**
 * Who a VM is, as vCenter knows it. The instance UUID is the key that ties a VM's rows across
 * sheets and the Migration Plan row to its manifest entry; the MoRef is only unique per vCenter.
 */
public record VmIdentity(String name, String vCenter, String moRef, String instanceUuid) {

    public VmIdentity {
        name = Text.required(name, "name");
        vCenter = Text.orEmpty(vCenter);
        moRef = Text.orEmpty(moRef);
        instanceUuid = Text.required(instanceUuid, "instanceUuid");
    }
}
