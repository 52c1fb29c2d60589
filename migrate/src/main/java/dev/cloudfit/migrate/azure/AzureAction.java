package dev.cloudfit.migrate.azure;

import java.util.Objects;

/**
 * One thing the adapter did in Azure, for the journal: what, to which resource, and how it ended.
 * It never holds a secret (no SAS, no token).
 *
 * @param verb     e.g. {@link Verb#CREATED}
 * @param resource the resource
 * @param detail   a short human note (state reached, ARM error code), may be empty
 */
public record AzureAction(Verb verb, AzureResourceId resource, String detail) {

    /** What was done. */
    public enum Verb {
        /** Created now. */
        CREATED,
        /** Found, ours and as planned: used as is. */
        ADOPTED,
        /** Write access to an upload was granted. */
        UPLOAD_GRANTED,
        /** Upload access revoked: the disk is ready. */
        UPLOAD_FINISHED,
        /** A broken or unfinished upload was cleaned up. */
        CLEANED_UP,
        /** Deleted. */
        DELETED,
        /** Already gone when deletion came. */
        ALREADY_GONE,
        /** A shared resource left in place: other VMs of the plan still use it. */
        KEPT,
        /** Verified (provisioning succeeded, VM running). */
        VERIFIED
    }

    public AzureAction {
        Objects.requireNonNull(verb, "verb");
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(detail, "detail");
    }
}
