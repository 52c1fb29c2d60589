package dev.cloudfit.assess.collect;

import dev.cloudfit.vsphere.session.Credentials;
import dev.cloudfit.vsphere.soap.VcenterEndpoint;
import dev.cloudfit.vsphere.tls.VcenterTls;

/**
 * The seam where vSphere tags plug into {@code cloudfit collect}: tags live in the Automation REST
 * API, not vim25, and need their own session (same server, same trust, same credentials). Called
 * once after the inventory is read and before it is stored; VMs absent from the answer have no tags.
 */
@FunctionalInterface
public interface TagSource {

    /** Reads no tags. */
    TagSource NONE = (endpoint, tls, credentials, inventory) -> TagsRead.NONE;

    /**
     * @param endpoint the vCenter (REST base: {@code endpoint.baseUrl()})
     * @param tls the trust the SOAP session used (pin or system trust)
     * @param credentials user and password
     * @param inventory the VMs, with their references
     * @return tags per VM reference, and warnings for tags that could not be read
     */
    TagsRead tagsOf(VcenterEndpoint endpoint, VcenterTls tls, Credentials credentials,
                                                  CollectedInventory inventory);
}
