package dev.cloudfit.assess.onprem;

/** One part of the on-premises monthly cost, a row of the breakdown. */
public enum OnPremCostComponent {
    /** Purchase price / amortisation months, per host. */
    HARDWARE,
    /** Licensed cores × price per core per year / 12. */
    VMWARE_LICENCES,
    /** Purchase price × support % per year / 12, per host. */
    SUPPORT,
    /** Watts / 1000 × PUE × price per kWh × hours per month, per host. */
    POWER_AND_COOLING,
    /** Rack units × price per rack unit per month, per host. */
    DATACENTER_SPACE,
    /** Admin hours per month × hourly rate, per host. */
    ADMINISTRATION,
    /** TiB of the VMs' provisioned disk capacity × price per TiB per month. */
    STORAGE,
    /** VMs × flat monthly rate (the per-VM mode). */
    PER_VM_RATE;

    /** The component in words, as the On-premises sheet names its row. */
    public String label() {
        return switch (this) {
            case HARDWARE -> "Hardware (amortised purchase)";
            case VMWARE_LICENCES -> "VMware licences";
            case SUPPORT -> "Hardware support";
            case POWER_AND_COOLING -> "Power and cooling";
            case DATACENTER_SPACE -> "Datacenter space";
            case ADMINISTRATION -> "Administration";
            case STORAGE -> "Storage (provisioned)";
            case PER_VM_RATE -> "VMs at a flat monthly rate";
        };
    }
}
