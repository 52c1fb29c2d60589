package dev.cloudfit.assess.collect;

import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.assess.inventory.Tag;
import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.TransportSettings;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tags.ObjectTag;
import dev.cloudfit.vsphere.tags.TaggingClient;
import dev.cloudfit.vsphere.tags.VapiErrorException;
import dev.cloudfit.vsphere.tags.VapiLoginRefusedException;
import dev.cloudfit.vsphere.tags.VapiSession;
import dev.cloudfit.vsphere.tls.VcenterTls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Tags from the vSphere Automation REST API ({@link TaggingClient}), logged in with the same
 * credentials over the same trust as the SOAP session, for the collected VMs only.
 *
 * <p>Tags are optional to an assessment: a vCenter that has no REST endpoint (404), refuses the
 * REST login or the tag calls (401/403: the user lacks tag privileges), or fails them in any other
 * way gives one counted warning in the inventory ({@value #UNAVAILABLE} or {@value #NOT_PERMITTED})
 * and no tags, not a failed collection.
 */
public final class RestTagSource implements TagSource {

    /** Warning code: the REST API or its tag calls failed. */
    public static final String UNAVAILABLE = "tags-unavailable";
    /** Warning code: the user may not log in to the REST API or read tags. */
    public static final String NOT_PERMITTED = "tags-not-permitted";
    private static final String VIRTUAL_MACHINE = "VirtualMachine";

    private final TransportSettings transport;

    /** @param transport timeouts, the same as the SOAP session's */
    public RestTagSource(TransportSettings transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    @Override
    public TagsRead tagsOf(VcenterEndpoint endpoint, VcenterTls tls, Credentials credentials, CollectedInventory inventory) {
        List<ObjectTag> all;
        try (VapiSession rest = VapiSession.login(endpoint, tls, transport, credentials)) {
            all = new TaggingClient(rest).objectTags();
        } catch (CloudfitException e) {
            return new TagsRead(Map.of(), List.of(warning(e)));
        }
        java.util.Set<ManagedObjectReference> collected = new java.util.HashSet<>();
        inventory.vms().forEach(v -> collected.add(v.ref()));
        Map<ManagedObjectReference, List<Tag>> byVm = new HashMap<>();
        for (ObjectTag t : all) {
            if (VIRTUAL_MACHINE.equals(t.object().type()) && collected.contains(t.object())) {
                byVm.computeIfAbsent(t.object(), k -> new ArrayList<>()).add(new Tag(t.category(), t.tag()));
            }
        }
        return new TagsRead(byVm, List.of());
    }

    private static ImportWarning warning(CloudfitException e) {
        boolean refused = e instanceof VapiLoginRefusedException
                || e instanceof VapiErrorException v && (v.status() == 401 || v.status() == 403);
        return new ImportWarning(refused ? NOT_PERMITTED : UNAVAILABLE, null,
                "tags not collected: " + e.getMessage());
    }
}
