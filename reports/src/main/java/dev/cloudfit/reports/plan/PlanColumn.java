package dev.cloudfit.reports.plan;

import java.util.Arrays;
import java.util.List;

/**
 * The Migration Plan's columns in sheet order, of three kinds: assessed facts (locked, fingerprinted
 * in the manifest and signed), targets the admin sets (yellow, validated on read, executed as typed),
 * and the approval columns.
 */
public enum PlanColumn {
    VM("VM", Kind.FACT),
    VCENTER("vCenter", Kind.FACT),
    MOREF("MoRef", Kind.FACT),
    INSTANCE_UUID("Instance UUID", Kind.FACT),
    TARGET_SIZE("Target size", Kind.FACT),
    DISK_TYPES("Disk types", Kind.FACT),
    REGION("Region", Kind.FACT),
    RESOURCE_GROUP("Resource group", Kind.TARGET),
    VNET("VNet", Kind.TARGET),
    SUBNET("Subnet", Kind.TARGET),
    WAVE("Wave", Kind.TARGET),
    IP("IP", Kind.TARGET),
    TEST_VNET("Test VNet", Kind.TARGET),
    APPROVED("Approved", Kind.APPROVAL),
    APPROVED_BY("Approved by", Kind.APPROVAL),
    APPROVED_ON("Approved on", Kind.APPROVAL);

    /** What a column holds, and so who may change it. */
    public enum Kind {
        /** Assessed by cloudfit; locked and signed. */
        FACT,
        /** Where the VM goes in Azure; the admin sets it. */
        TARGET,
        /** Who approved the row, and when. */
        APPROVAL
    }

    /** Separator of the disk types in one cell, listed in slot order (see {@code PlanRow#diskTypes}). */
    public static final String DISK_SEPARATOR = "; ";

    private static final List<PlanColumn> LOCKED = Arrays.stream(values()).filter(PlanColumn::locked).toList();
    private static final List<PlanColumn> TARGETS = Arrays.stream(values()).filter(c -> c.kind == Kind.TARGET).toList();

    private final String header;
    private final Kind kind;

    PlanColumn(String header, Kind kind) {
        this.header = header;
        this.kind = kind;
    }

    public String header() {
        return header;
    }

    public Kind kind() {
        return kind;
    }

    /** True for the assessed facts, which nobody may change. */
    public boolean locked() {
        return kind == Kind.FACT;
    }

    /** 0-based column index (A = 0). */
    public int index() {
        return ordinal();
    }

    /** The fact columns, in order. */
    public static List<PlanColumn> lockedColumns() {
        return LOCKED;
    }

    /** The columns the admin sets, in order. */
    public static List<PlanColumn> targetColumns() {
        return TARGETS;
    }
}
