package dev.cloudfit.vsphere.session;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The server's table of contents ({@code RetrieveServiceContent}): what it is, and the references
 * of its singleton managers, keyed by their {@code ServiceContent} field name ({@code rootFolder},
 * {@code propertyCollector}, {@code viewManager}, {@code perfManager}, {@code setting}, ...).
 * Which managers exist depends on the server (an ESXi host has fewer), hence the optional lookups.
 *
 * @param about what the server is
 * @param managers every reference-valued field of ServiceContent, by field name, sorted
 */
public record ServiceContent(AboutInfo about, Map<String, ManagedObjectReference> managers) {

    public ServiceContent {
        Objects.requireNonNull(about, "about");
        managers = Collections.unmodifiableMap(new TreeMap<>(managers));
    }

    /** @return the manager in that ServiceContent field, if the server has it */
    public Optional<ManagedObjectReference> manager(String field) {
        return Optional.ofNullable(managers.get(field));
    }

    /**
     * @return the manager in that ServiceContent field
     * @throws ExternalSystemException when the server has none: it is not a vCenter or lacks a feature we need
     */
    public ManagedObjectReference requireManager(String field) {
        ManagedObjectReference ref = managers.get(field);
        if (ref == null) {
            throw new ExternalSystemException(about.fullName() + " has no " + field + " in its service content");
        }
        return ref;
    }

    /** @return the root of the inventory tree */
    public ManagedObjectReference rootFolder() {
        return requireManager("rootFolder");
    }

    /** @return the property collector, through which all reading goes */
    public ManagedObjectReference propertyCollector() {
        return requireManager("propertyCollector");
    }

    /** @return the session manager (Login, Logout, currentSession) */
    public ManagedObjectReference sessionManager() {
        return requireManager("sessionManager");
    }

    /** @return the view manager (container views), absent on very old servers */
    public Optional<ManagedObjectReference> viewManager() {
        return manager("viewManager");
    }

    /** @return the performance manager (counters, QueryPerf) */
    public Optional<ManagedObjectReference> perfManager() {
        return manager("perfManager");
    }

    /** @return the option manager holding vpxd settings ({@code config.vpxd.stats.maxQueryMetrics}) */
    public Optional<ManagedObjectReference> optionManager() {
        return manager("setting");
    }

    /** @return the task manager */
    public Optional<ManagedObjectReference> taskManager() {
        return manager("taskManager");
    }

    /** @return the custom fields manager (definitions of custom attributes) */
    public Optional<ManagedObjectReference> customFieldsManager() {
        return manager("customFieldsManager");
    }
}
