package dev.cloudfit.migrate.journal;

/** What a journal record says happened. */
public enum Event {
    /** A run of this VM began (data: mode {@code test} or {@code production}). */
    RUN_STARTED,
    /** A step began. */
    STARTED,
    /** A step ended well; it is never run again for this run. */
    DONE,
    /** A step failed (data: error, remedy). */
    FAILED,
    /** A resource was created or adopted in Azure (data: id, kind). */
    CREATED,
    /** A resource recorded as created was removed (data: id). */
    REMOVED,
    /** A resource several VMs share (the plan's test network) is used by this VM; it is not this VM's (data: id, kind). */
    USED,
    /** This VM no longer uses a shared resource; it was deleted when no other VM was left in it (data: id, deleted). */
    RELEASED,
    /** The source VM was changed (data: kind, and what undoes it). */
    CHANGED,
    /** A change to the source VM was undone (data: kind). */
    UNDONE,
    /** Bytes moved for a disk (data: bytes, total; a warm cycle adds disk, sent, cleared, copy, note). */
    PROGRESS,
    /** The VM's migration was rolled back: what it created is gone, the source is as it was. */
    ROLLED_BACK
}
