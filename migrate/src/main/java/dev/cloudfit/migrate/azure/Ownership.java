package dev.cloudfit.migrate.azure;

import dev.cloudfit.core.error.ExternalSystemException;
import java.util.Map;

/** The "ensure" rule: a found resource is adopted only when its tags say it is ours. */
final class Ownership {

    private Ownership() {
    }

    static Map<String, String> tags(Map<String, String> tags) {
        return tags == null ? Map.of() : tags;
    }

    /** @throws ExternalSystemException when a resource not made by cloudfit for this VM holds the name */
    static void requireOurs(AzureResourceId id, Map<String, String> tags, Provenance provenance) {
        if (!provenance.owns(tags(tags))) {
            throw new ExternalSystemException(id.label() + " already exists and was not made by cloudfit for this VM (tags "
                    + Provenance.PLAN_TAG + "=" + tags(tags).getOrDefault(Provenance.PLAN_TAG, "none") + ", "
                    + Provenance.VM_TAG + "=" + tags(tags).getOrDefault(Provenance.VM_TAG, "none")
                    + "); cloudfit will not adopt or change it: choose another target name or remove it");
        }
    }

    /** @throws ExternalSystemException when our resource differs from the plan */
    static ExternalSystemException differs(AzureResourceId id, String difference) {
        return new ExternalSystemException(id.label() + " exists, made by cloudfit for this VM, but " + difference
                + "; remove it (cloudfit migrate cleanup) or restore the plan it was made from");
    }
}
