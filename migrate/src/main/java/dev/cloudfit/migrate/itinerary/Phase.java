package dev.cloudfit.migrate.itinerary;

/**
 * The steps of one VM's migration, in order. The disk steps run once per disk; copying streams
 * export, conversion and upload together (vSphere → VMDK reader → VHD layout → Put Page), so no
 * temporary file is ever written and the three are one durable step.
 */
public enum Phase {
    /**
     * Record the source's power state; for a test, take the snapshot the copy reads from; for a warm
     * migration, switch changed-block tracking on when it is off (recorded; rollback switches it off).
     */
    PREPARE_SOURCE(false),
    /** Resource group (ensured) and the approved subnet (must exist), or the isolated test VNet. */
    PREPARE_NETWORK(false),
    /** An empty managed disk for upload, sized and typed as approved. */
    CREATE_DISK(true),
    /** The disk's bytes from vSphere into the managed disk's upload SAS. */
    COPY_DISK(true),
    /**
     * Warm: one changed-block-tracking cycle while the source runs: a new snapshot, the areas changed
     * since the last cycle (the first time: the allocated areas) written onto the disks, still open for
     * upload. {@code migrate sync} runs it again each time.
     */
    SYNC_DISKS(false),
    /** Warm: the source powered off, a last cycle copies the final delta onto the same disks. */
    FINAL_SYNC(false),
    /** Revoke the upload access: Azure checks the VHD and the disk becomes attachable. */
    SEAL_DISK(true),
    /** The NIC in the subnet, dynamic or static IP as approved. */
    CREATE_NIC(false),
    /** The VM from the sealed disks through the ARM template. */
    DEPLOY_VM(false),
    /** The VM succeeded and runs; the source's snapshot (if any) is removed. */
    VERIFY(false);

    private final boolean perDisk;

    Phase(boolean perDisk) {
        this.perDisk = perDisk;
    }

    public boolean perDisk() {
        return perDisk;
    }
}
