package dev.cloudfit.vsphere.property;

import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.vsphere.fault.VimFaultException;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.view.ContainerView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads properties through vCenter's {@code PropertyCollector}: named paths only, paged with
 * {@code RetrievePropertiesEx} / {@code ContinueRetrievePropertiesEx}, each object handed to the
 * caller as soon as it is parsed (a page is never held whole, and neither is the inventory).
 *
 * <pre>{@code
 * try (ContainerView vms = ContainerView.create(session, content.rootFolder(), List.of("VirtualMachine"), true)) {
 *     new PropertyCollector(session).retrieve(vms, List.of(PropertySpec.of("VirtualMachine", "name", "config.hardware.numCPU")),
 *             RetrieveOptions.defaults(), vm -> model.add(vm));
 * }
 * }</pre>
 *
 * <p><b>Paging.</b> The first call asks for {@link RetrieveOptions#maxObjects()} objects; while an
 * answer carries a token, the next page is asked for with it. When the consumer (or anything else)
 * fails mid-way, the outstanding token is released with {@code CancelRetrievePropertiesEx}, so the
 * server does not keep the rest of the result for the session.
 *
 * <p><b>Lost sessions.</b> Calls go through {@link VcenterSession#call}, which logs in again once on
 * {@code NotAuthenticated}. Views and tokens do not survive that: a page that fails after a re-login
 * raises {@link RetrievalLostException}, and the caller starts over with a new view.
 *
 * <p>Thread-safe; each retrieval is sequential (a token chain is).
 */
public final class PropertyCollector {

    private final VcenterSession session;
    private final ManagedObjectReference collector;

    public PropertyCollector(VcenterSession session) {
        this.session = Objects.requireNonNull(session, "session");
        this.collector = session.serviceContent().propertyCollector();
    }

    /**
     * Streams every object of the view that matches one of the specs' types.
     *
     * @param view the container view to walk (the view object itself is skipped)
     * @param specs which paths to read per type
     * @param options page size
     * @param consumer receives each object, in the order the server sends them
     * @return objects delivered and pages read
     */
    public RetrievalSummary retrieve(ContainerView view, List<PropertySpec> specs, RetrieveOptions options,
                                     Consumer<ObjectContent> consumer) {
        Objects.requireNonNull(view, "view");
        SoapRequest first = firstPage(specs, options, b -> b.object("objectSet", null, o -> o
                .reference("obj", view.reference())
                .bool("skip", true)
                .object("selectSet", "TraversalSpec", t -> t
                        .text("name", "traverseView")
                        .text("type", "ContainerView")
                        .text("path", "view")
                        .bool("skip", false))));
        return page(first, consumer, "the objects of " + view);
    }

    /**
     * Streams the given objects' properties (no traversal).
     *
     * @param objects the objects to read; may be empty
     * @param specs which paths to read per type
     * @param options page size
     * @param consumer receives each object
     * @return objects delivered and pages read
     */
    public RetrievalSummary retrieve(Collection<ManagedObjectReference> objects, List<PropertySpec> specs,
                                     RetrieveOptions options, Consumer<ObjectContent> consumer) {
        if (objects.isEmpty()) {
            return new RetrievalSummary(0, 0);
        }
        SoapRequest first = firstPage(specs, options, b -> {
            for (ManagedObjectReference obj : objects) {
                b.object("objectSet", null, o -> o.reference("obj", obj).bool("skip", false));
            }
        });
        return page(first, consumer, objects.size() + " objects");
    }

    /**
     * Reads a few properties of one object, e.g. {@code perfCounter} of the performance manager or
     * {@code setting} of the option manager.
     *
     * @return the object's content; properties that are unset are absent, faults are in {@link ObjectContent#missing()}
     */
    public ObjectContent read(ManagedObjectReference object, String... paths) {
        List<ObjectContent> found = new ArrayList<>(1);
        retrieve(List.of(object), List.of(PropertySpec.of(object.type(), paths)), RetrieveOptions.defaults(), found::add);
        if (found.isEmpty()) {
            return new ObjectContent(object, java.util.Map.of(), List.of());
        }
        return found.get(0);
    }

    /**
     * Reads one property of one object.
     *
     * @return its value, or empty when it is unset
     * @throws MissingPropertyException when the server reports the property missing (no permission, no such property)
     */
    public Optional<PropertyValue> readOne(ManagedObjectReference object, String path) {
        ObjectContent content = read(object, path);
        for (MissingProperty m : content.missing()) {
            if (m.path().equals(path)) {
                throw new MissingPropertyException(object, m);
            }
        }
        return content.get(path);
    }

    private SoapRequest firstPage(List<PropertySpec> specs, RetrieveOptions options,
                                  Consumer<SoapRequest.Builder> objectSets) {
        if (specs.isEmpty()) {
            throw new IllegalArgumentException("a retrieval needs at least one property spec");
        }
        return SoapRequest.method("RetrievePropertiesEx", collector)
                .object("specSet", null, spec -> {
                    for (PropertySpec p : specs) {
                        spec.object("propSet", null, ps -> {
                            ps.text("type", p.type()).bool("all", false);
                            for (String path : p.paths()) {
                                ps.text("pathSet", path);
                            }
                        });
                    }
                    objectSets.accept(spec);
                })
                .object("options", null, o -> o.number("maxObjects", options.maxObjects()))
                .build();
    }

    private RetrievalSummary page(SoapRequest first, Consumer<ObjectContent> consumer, String what) {
        int generation = session.reloginCount();
        long delivered = 0;
        int pages = 0;
        SoapRequest request = first;
        String tokenSent = null;
        while (request != null) {
            RetrieveResultReader reader = new RetrieveResultReader(consumer);
            RetrieveResultReader.Page page;
            try {
                page = session.call(request, reader);
            } catch (RuntimeException e) {
                String outstanding = reader.tokenSeen();
                if (outstanding != null && !outstanding.equals(tokenSent)) {
                    cancel(outstanding);
                }
                if (e instanceof VimFaultException && session.reloginCount() != generation) {
                    throw new RetrievalLostException("the vCenter session was lost while reading " + what
                            + " (page " + (pages + 1) + "); the view and its page token went with it: "
                            + e.getMessage(), e);
                }
                throw e;
            }
            pages++;
            delivered += page.objects();
            tokenSent = page.token();
            request = tokenSent == null ? null : SoapRequest.method("ContinueRetrievePropertiesEx", collector)
                    .text("token", tokenSent).build();
        }
        return new RetrievalSummary(delivered, pages);
    }

    /** Releases the rest of a paged result; best effort, the session may be gone already. */
    private void cancel(String token) {
        try {
            session.callOnce(SoapRequest.method("CancelRetrievePropertiesEx", collector).text("token", token).build(),
                    SoapResponseReader.none());
        } catch (CloudfitException | IllegalStateException ignored) {
            // the token dies with the session anyway
        }
    }

    @Override
    public String toString() {
        return "PropertyCollector[" + session + "]";
    }
}
