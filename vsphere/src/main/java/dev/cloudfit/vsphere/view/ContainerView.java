package dev.cloudfit.vsphere.view;

import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.soap.StaxReading;
import dev.cloudfit.vsphere.session.VcenterSession;
import java.util.List;
import java.util.Objects;

/**
 * A server-side list of every object of some types under a container ({@code CreateContainerView}),
 * which one property retrieval can walk with a single traversal step ({@code view}); the
 * alternative, a traversal spec per kind of parent, is what govmomi's {@code view} package exists
 * to avoid. The view lives in the session that made it: {@link #close()} destroys it
 * ({@code DestroyView}), and a re-login loses it.
 */
public final class ContainerView implements AutoCloseable {

    private final VcenterSession session;
    private final ManagedObjectReference reference;
    private final List<String> types;
    private final int loginGeneration;
    private boolean closed;

    private ContainerView(VcenterSession session, ManagedObjectReference reference, List<String> types) {
        this.session = session;
        this.reference = reference;
        this.types = types;
        this.loginGeneration = session.reloginCount();
    }

    /**
     * @param session the session that will own the view
     * @param container where to start, usually {@code ServiceContent.rootFolder}
     * @param types managed object types to list, e.g. {@code VirtualMachine}; at least one
     * @param recursive whether to descend into child folders, datacenters, clusters and pools
     * @return the view
     */
    public static ContainerView create(VcenterSession session, ManagedObjectReference container, List<String> types,
                                       boolean recursive) {
        Objects.requireNonNull(container, "container");
        List<String> kinds = List.copyOf(types);
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("a container view needs at least one type");
        }
        ManagedObjectReference viewManager = session.serviceContent().viewManager().orElseThrow(
                () -> new dev.cloudfit.core.error.ExternalSystemException(session.serviceContent().about().fullName()
                        + " has no view manager: container views need vCenter or ESXi 4.0 or later"));
        SoapRequest.Builder request = SoapRequest.method("CreateContainerView", viewManager)
                .reference("container", container);
        for (String type : kinds) {
            request.text("type", type);
        }
        request.bool("recursive", recursive);
        ManagedObjectReference view = session.call(request.build(), reader -> {
            ManagedObjectReference found = null;
            while (StaxReading.nextChild(reader)) {
                if (reader.getLocalName().equals("returnval")) {
                    found = StaxReading.reference(reader);
                } else {
                    StaxReading.skipElement(reader);
                }
            }
            if (found == null) {
                throw new javax.xml.stream.XMLStreamException("CreateContainerView answered without a view");
            }
            return found;
        });
        return new ContainerView(session, view, kinds);
    }

    /** @return the view's reference, the starting object of a retrieval */
    public ManagedObjectReference reference() {
        return reference;
    }

    /** @return the types it lists */
    public List<String> types() {
        return types;
    }

    /** @return whether the session has logged in again since the view was made (the view is gone then) */
    public boolean lost() {
        return session.reloginCount() != loginGeneration;
    }

    /**
     * Destroys the view on the server. A view already gone with its session, or a session already
     * closed, counts as destroyed; other failures are not worth failing a finished collection for.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (lost()) {
            return;
        }
        try {
            session.callOnce(SoapRequest.method("DestroyView", reference).build(), SoapResponseReader.none());
        } catch (CloudfitException | IllegalStateException ignored) {
            // the session or the server is gone: the view went with it
        }
    }

    @Override
    public String toString() {
        return "ContainerView[" + reference + " " + types + "]";
    }
}
