package dev.cloudfit.assess.collect;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names and parents of everything a VM's placement and devices point at: folders,
 * datacenters, clusters and standalone compute resources, hosts, datastores, networks and
 * distributed port groups (by their key, which is what a VM's distributed port backing names).
 * Read once per collection, before the VMs, so each VM is mapped as soon as it arrives.
 */
final class Topology {

    /** One inventory object: its name and its parent (null at the root, or when vCenter does not say). */
    record Node(ManagedObjectReference ref, String name, ManagedObjectReference parent) {
    }

    private final Map<ManagedObjectReference, Node> nodes = new HashMap<>();
    private final Map<String, String> portgroupNamesByKey = new HashMap<>();

    void add(Node node) {
        nodes.put(node.ref(), node);
    }

    void addPortgroupKey(String key, String name) {
        portgroupNamesByKey.put(key, name);
    }

    /** @return the object's name, if the topology holds it */
    Optional<String> name(ManagedObjectReference ref) {
        return ref == null ? Optional.empty() : Optional.ofNullable(nodes.get(ref)).map(Node::name);
    }

    Optional<String> portgroupName(String key) {
        return Optional.ofNullable(portgroupNamesByKey.get(key));
    }

    /** @return the nearest ancestor of that type (the object itself included), if any */
    Optional<Node> ancestor(ManagedObjectReference start, String type) {
        ManagedObjectReference at = start;
        for (int guard = 0; at != null && guard < 256; guard++) {
            Node node = nodes.get(at);
            if (node == null) {
                return Optional.empty();
            }
            if (at.type().equals(type)) {
                return Optional.of(node);
            }
            at = node.parent();
        }
        return Optional.empty();
    }

    /**
     * The folder path of a VM below its datacenter's VM folder, e.g. {@code Production/Web};
     * null for a VM in the root VM folder (or when the chain is unknown).
     */
    String folderPath(ManagedObjectReference vmParent) {
        List<String> names = new ArrayList<>();
        ManagedObjectReference at = vmParent;
        for (int guard = 0; at != null && guard < 256; guard++) {
            Node node = nodes.get(at);
            if (node == null || !at.type().equals("Folder")) {
                break;
            }
            if (node.parent() != null && node.parent().type().equals("Datacenter")) {
                break; // the datacenter's own "vm" folder
            }
            names.add(node.name());
            at = node.parent();
        }
        if (names.isEmpty()) {
            return null;
        }
        Collections.reverse(names);
        return String.join("/", names);
    }

    int size() {
        return nodes.size();
    }
}
