package dev.cloudfit.assess.inventory.generate;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which VM of the estate is of which {@link VmKind}: the quotas follow the VM count (a couple per
 * thousand of each special case, every case at least once from 200 VMs on), and the special VMs are
 * scattered over the estate by the seed. One byte per VM, so a million VMs cost a megabyte.
 */
final class KindPlan {

    /** From this many VMs on, every kind is present at least once. */
    static final int FULL_MIX_FROM = 200;
    static final long SALT = 2;

    private static final VmKind[] KINDS = VmKind.values();

    private final byte[] kinds;
    private final int[] applianceOrdinal;
    private final Map<VmKind, Integer> counts;

    private KindPlan(byte[] kinds, Map<VmKind, Integer> counts) {
        this.kinds = kinds;
        this.counts = Collections.unmodifiableMap(counts);
        this.applianceOrdinal = new int[counts.getOrDefault(VmKind.APPLIANCE, 0)];
        int seen = 0;
        for (int i = 0; i < kinds.length && seen < applianceOrdinal.length; i++) {
            if (KINDS[kinds[i]] == VmKind.APPLIANCE) {
                applianceOrdinal[seen++] = i;
            }
        }
    }

    static KindPlan of(GeneratorSettings settings) {
        int n = settings.vmCount();
        Map<VmKind, Integer> quota = new EnumMap<>(VmKind.class);
        quota.put(VmKind.TEMPLATE, n >= 20 ? Math.max(1, Math.round(n * 0.015f)) : 0);
        quota.put(VmKind.APPLIANCE, n >= FULL_MIX_FROM ? Math.max(ApplianceCatalogue.ALL.size(), Math.round(n * 0.002f))
                : n >= 20 ? 1 : 0);
        boolean full = n >= FULL_MIX_FROM;
        quota.put(VmKind.GUEST_32BIT, full ? Math.max(1, Math.round(n * 0.003f)) : 0);
        for (VmKind k : new VmKind[] {VmKind.TOO_MANY_VCPUS, VmKind.TOO_MUCH_MEMORY, VmKind.DISK_TOO_LARGE,
                VmKind.RDM_DISK, VmKind.SHARED_DISK, VmKind.MANY_DISKS}) {
            quota.put(k, full ? Math.max(1, Math.round(n * 0.0005f)) : 0);
        }
        byte[] kinds = new byte[n];
        int special = 0;
        for (int q : quota.values()) {
            special += q;
        }
        // a partial Fisher-Yates shuffle of the indices picks distinct places for the special VMs
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Dice dice = Dice.forItem(settings.seed(), SALT, 0);
        for (int i = 0; i < special; i++) {
            int j = dice.between(i, n - 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        Map<VmKind, Integer> counts = new EnumMap<>(VmKind.class);
        int next = 0;
        for (Map.Entry<VmKind, Integer> e : quota.entrySet()) {
            for (int i = 0; i < e.getValue(); i++) {
                kinds[order[next++]] = (byte) e.getKey().ordinal();
            }
            counts.put(e.getKey(), e.getValue());
        }
        counts.put(VmKind.ORDINARY, n - special);
        return new KindPlan(kinds, counts);
    }

    VmKind kindOf(int index) {
        return KINDS[kinds[index]];
    }

    /** For an appliance VM, which appliance of the estate it is (0 for the first), else -1. */
    int applianceNumber(int index) {
        int i = Arrays.binarySearch(applianceOrdinal, index);
        return i >= 0 ? i : -1;
    }

    /** How many VMs of each kind the estate has; every kind is a key. */
    Map<VmKind, Integer> counts() {
        Map<VmKind, Integer> all = new EnumMap<>(VmKind.class);
        for (VmKind k : KINDS) {
            all.put(k, counts.getOrDefault(k, 0));
        }
        return all;
    }
}
