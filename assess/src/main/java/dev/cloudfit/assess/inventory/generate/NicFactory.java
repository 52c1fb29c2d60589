package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Nic;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a VM's network adapters: mostly one, database servers a second on the backup network, a few
 * three; VMXNET3 mostly, E1000E/E1000 on older guests; port groups of the VM's cluster that match
 * its role. MAC addresses are in VMware's {@code 00:50:56} range and unique in the estate; IP
 * addresses appear only where VMware Tools runs, as in real exports, IPv6 on some VMs.
 */
final class NicFactory {

    private NicFactory() {
    }

    /** What the adapters are made from. */
    record NicRequest(int vmIndex, long seed, ClusterSite cluster, String role, int count, boolean legacyGuest,
            boolean poweredOn, boolean toolsRunning, boolean ipv6) {
    }

    static List<MadeNic> make(Dice dice, NicRequest r) {
        List<PortGroup> front = r.cluster().networks().stream().filter(p -> !p.purpose().equals("backup")).toList();
        PortGroup backup = r.cluster().networks().stream().filter(p -> p.purpose().equals("backup")).findFirst()
                .orElse(front.get(0));
        PortGroup primary = front.stream().filter(p -> p.purpose().equals(r.role())).findFirst()
                .orElseGet(() -> dice.oneOf(front));
        List<MadeNic> nics = new ArrayList<>();
        for (int n = 0; n < r.count(); n++) {
            PortGroup pg = n == 0 ? primary : n == 1 ? backup : dice.oneOf(front);
            boolean connected = r.poweredOn() && dice.chance(0.98);
            int serial = r.vmIndex() * 4 + n;
            List<String> v4 = connected && r.toolsRunning() ? List.of(ipv4(r.cluster().datacenterIndex(), r.vmIndex() * 3 + n))
                    : List.of();
            List<String> v6 = connected && r.toolsRunning() && r.ipv6() && n == 0
                    ? List.of("fd00:" + Integer.toHexString(r.cluster().datacenterIndex() + 1) + ":"
                            + Integer.toHexString(pg.vlan()) + "::" + Integer.toHexString(r.vmIndex() + 1))
                    : List.of();
            nics.add(new MadeNic(new Nic("Network adapter " + (n + 1), pg.name(), adapter(dice, r.legacyGuest()),
                    mac(r.seed(), serial), connected, v4, v6), pg.switchName()));
        }
        return nics;
    }

    /** VMXNET3 on most VMs; E1000E and E1000 where VMware Tools drivers were not used. */
    static String adapter(Dice dice, boolean legacyGuest) {
        if (legacyGuest) {
            return dice.chance(0.6) ? "E1000" : "E1000E";
        }
        double r = dice.between(0.0, 1.0);
        return r < 0.85 ? "Vmxnet3" : r < 0.97 ? "E1000E" : "E1000";
    }

    /**
     * A MAC in VMware's static range {@code 00:50:56:00:00:00}–{@code 00:50:56:3F:FF:FF}: 22 bits,
     * offset by the seed; distinct serials below 2^22 give distinct addresses.
     */
    static String mac(long seed, int serial) {
        int offset = (int) (Dice.mix(seed) & 0x3FFFFF);
        int v = (offset + serial) & 0x3FFFFF;
        return "00:50:56:" + Dice.hexPadded(v >> 16, 2) + ":" + Dice.hexPadded((v >> 8) & 0xFF, 2) + ":"
                + Dice.hexPadded(v & 0xFF, 2);
    }

    /** A private address per adapter, unique for the first 1,000,000 adapters of a datacenter. */
    static String ipv4(int datacenter, int serial) {
        int c = serial % 250 + 2;
        int b = (serial / 250) % 256;
        int a = 16 * datacenter + (serial / 64_000) % 16;
        return "10." + a + "." + b + "." + c;
    }
}
