package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The VMs of vInfo, being completed by the other sheets. Rows of other sheets find their VM by
 * vCenter + MoRef, else by instance UUID, else by name when the name is unique.
 */
final class VmAssembly {

    /** One VM under construction, with the vInfo facts other sheets may need. */
    static final class Entry {
        final Vm.Builder vm;
        final VmIdentity identity;
        final long row;
        int nicCount = -1;
        int diskCount = -1;
        boolean hasDiskRows;
        boolean hasNicRows;
        boolean hasCpuFromVinfo;
        boolean hasMemoryFromVinfo;
        final List<String> networks = new ArrayList<>();
        String primaryIp;

        Entry(Vm.Builder vm, VmIdentity identity, long row) {
            this.vm = vm;
            this.identity = identity;
            this.row = row;
        }
    }

    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final Map<String, Entry> byMoRef = new HashMap<>();
    private final Map<String, Entry> byUuid = new HashMap<>();
    private final Map<String, List<Entry>> byName = new HashMap<>();

    /** The entry already holding this identity's key, or null after adding it. */
    Entry add(Entry e) {
        Entry previous = byKey.putIfAbsent(e.identity.key(), e);
        if (previous != null) {
            return previous;
        }
        if (e.identity.vmId() != null) {
            byMoRef.put(moRef(e.identity.vcenter(), e.identity.vmId()), e);
            byMoRef.putIfAbsent(moRef(null, e.identity.vmId()), e);
        }
        if (e.identity.instanceUuid() != null) {
            byUuid.put(e.identity.instanceUuid().toLowerCase(Locale.ROOT), e);
        }
        byName.computeIfAbsent(e.identity.name(), k -> new ArrayList<>(1)).add(e);
        return null;
    }

    /**
     * Adds a VM whose name repeats another's (its identity carries a distinct name): rows of other
     * sheets naming {@code sharedName} then match neither, instead of both going to the first.
     * False when even the distinct name is taken.
     */
    boolean addNamedLike(Entry e, String sharedName) {
        if (byKey.putIfAbsent(e.identity.key(), e) != null) {
            return false;
        }
        byName.computeIfAbsent(sharedName, k -> new ArrayList<>(1)).add(e);
        return true;
    }

    /** The VM a row of another sheet belongs to, or null. */
    Entry find(VmRowKey key) {
        if (key.vmId() != null) {
            Entry e = byMoRef.get(moRef(key.vcenter(), key.vmId()));
            if (e == null) {
                e = byMoRef.get(moRef(null, key.vmId()));
            }
            if (e != null) {
                return e;
            }
        }
        if (key.uuid() != null) {
            Entry e = byUuid.get(key.uuid().toLowerCase(Locale.ROOT));
            if (e != null) {
                return e;
            }
        }
        if (key.name() != null) {
            List<Entry> named = byName.get(key.name());
            if (named != null && named.size() == 1) {
                return named.get(0);
            }
        }
        return null;
    }

    Iterable<Entry> entries() {
        return byKey.values();
    }

    int size() {
        return byKey.size();
    }

    private static String moRef(String vcenter, String vmId) {
        return (vcenter == null ? "" : vcenter.toLowerCase(Locale.ROOT)) + "/" + vmId;
    }
}
