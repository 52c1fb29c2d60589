package dev.cloudfit.reports.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The Migration Plan's columns in sheet order. Locked columns are assessed facts, fingerprinted in
 * the manifest; the three approval columns are what admins fill in.
 */
public enum PlanColumn {
    VM("VM", true),
    VCENTER("vCenter", true),
    MOREF("MoRef", true),
    INSTANCE_UUID("Instance UUID", true),
    TARGET_SIZE("Target size", true),
    DISK_TYPES("Disk types", true),
    REGION("Region", true),
    RESOURCE_GROUP("Resource group", true),
    VNET("VNet", true),
    SUBNET("Subnet", true),
    WAVE("Wave", true),
    APPROVED("Approved", false),
    APPROVED_BY("Approved by", false),
    APPROVED_ON("Approved on", false);

    /** Separator of the disk types in one cell, OS disk first. */
    public static final String DISK_SEPARATOR = "; ";

    private static final List<PlanColumn> LOCKED = Arrays.stream(values()).filter(PlanColumn::locked).toList();

    private final String header;
    private final boolean locked;

    PlanColumn(String header, boolean locked) {
        this.header = header;
        this.locked = locked;
    }

    public String header() {
        return header;
    }

    public boolean locked() {
        return locked;
    }

    /** 0-based column index (A = 0). */
    public int index() {
        return ordinal();
    }

    /** The fact columns, in order. */
    public static List<PlanColumn> lockedColumns() {
        return LOCKED;
    }
}
