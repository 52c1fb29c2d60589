package dev.cloudfit.reports.model;

/** Where a VM goes: converted to an Azure IaaS VM, kept on VMware in AVS, or nowhere yet. */
public enum Fit {
    IAAS("IaaS"),
    AVS("AVS"),
    NOT_READY("Not ready");

    private final String label;

    Fit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
