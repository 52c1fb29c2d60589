package dev.cloudfit.migrate.azure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Where a resource came from, written as tags on everything the adapter creates, so anyone can
 * tell, and so a re-run adopts its own resources and refuses foreign ones.
 *
 * @param planId         the approved workbook's plan id ({@code cloudfit-plan})
 * @param vmInstanceUuid the source VM's vCenter instance UUID ({@code cloudfit-vm})
 * @param workbookSha256 the approved workbook's SHA-256, lower-case hex ({@code cloudfit-workbook-sha256})
 */
public record Provenance(String planId, UUID vmInstanceUuid, String workbookSha256) {

    public static final String PLAN_TAG = "cloudfit-plan";
    public static final String VM_TAG = "cloudfit-vm";
    public static final String WORKBOOK_TAG = "cloudfit-workbook-sha256";
    /** What a resource shared by several VMs of a plan is for ({@code cloudfit-role}). */
    public static final String ROLE_TAG = "cloudfit-role";
    /** The role of the isolated network a plan's test migrations share. */
    public static final String TEST_NETWORK_ROLE = "test-network";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Provenance {
        Objects.requireNonNull(vmInstanceUuid, "vmInstanceUuid");
        if (planId == null || planId.isBlank() || planId.length() > 256) {
            throw new IllegalArgumentException("a plan id of 1 to 256 characters is needed");
        }
        if (workbookSha256 == null || !SHA256.matcher(workbookSha256).matches()) {
            throw new IllegalArgumentException("the workbook's SHA-256 must be 64 lower-case hex digits");
        }
    }

    /** @return the three tags, in a stable order */
    public Map<String, String> tags() {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put(PLAN_TAG, planId);
        tags.put(VM_TAG, vmInstanceUuid.toString());
        tags.put(WORKBOOK_TAG, workbookSha256);
        return Map.copyOf(tags);
    }

    /** @return the plan and workbook tags, for what several VMs share (a resource group) */
    public Map<String, String> groupTags() {
        return Map.of(PLAN_TAG, planId, WORKBOOK_TAG, workbookSha256);
    }

    /**
     * @return the tags of the isolated test network: the plan's and a role, no VM's, since every VM
     *         of the plan in that resource group uses it
     */
    public Map<String, String> testNetworkTags() {
        return Map.of(PLAN_TAG, planId, WORKBOOK_TAG, workbookSha256, ROLE_TAG, TEST_NETWORK_ROLE);
    }

    /** @return whether a network's tags say it is this plan's shared test network (any workbook revision) */
    public boolean ownsTestNetwork(Map<String, String> tags) {
        return tags != null && planId.equals(tags.get(PLAN_TAG)) && TEST_NETWORK_ROLE.equals(tags.get(ROLE_TAG))
                && !tags.containsKey(VM_TAG);
    }

    /** @return whether a resource's tags say it was made by cloudfit for this plan and VM (any workbook revision) */
    public boolean owns(Map<String, String> tags) {
        return tags != null && planId.equals(tags.get(PLAN_TAG)) && vmInstanceUuid.toString().equalsIgnoreCase(tags.get(VM_TAG));
    }

    /** @return whether the tags also name this exact workbook */
    public boolean matchesExactly(Map<String, String> tags) {
        return owns(tags) && workbookSha256.equals(tags.get(WORKBOOK_TAG));
    }
}
