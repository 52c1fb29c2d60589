package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.assess.inventory.Nic;
import dev.cloudfit.reports.xlsx.SheetRow;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** vNetwork: one row per virtual NIC, with the addresses VMware Tools reports. */
final class VNetworkReader extends VmSheetReader {

    private int label;
    private int adapter;
    private int network;
    private int connected;
    private int mac;
    private int ipv4;
    private int ipv6;

    VNetworkReader(VmAssembly vms) {
        super(vms);
    }

    @Override
    BitSet columns(SheetContext s) {
        var h = s.header();
        label = h.index(RvColumns.NIC_LABEL);
        adapter = h.index(RvColumns.ADAPTER);
        network = h.index(RvColumns.NETWORK);
        connected = h.index(RvColumns.CONNECTED);
        mac = h.index(RvColumns.MAC);
        ipv4 = h.index(RvColumns.IPV4);
        ipv6 = h.index(RvColumns.IPV6);
        s.log().fed("nics", s.sheet());
        return SheetWalker.columns(label, adapter, network, connected, mac, ipv4, ipv6);
    }

    @Override
    void apply(SheetContext s, SheetRow row, VmAssembly.Entry vm) {
        vm.hasNicRows = true;
        List<String> v4 = new ArrayList<>(addresses(s.text(row, ipv4)));
        List<String> v6 = new ArrayList<>(addresses(s.text(row, ipv6)));
        // before 4.1.2 one "IP Address" column held both families
        v4.removeIf(a -> {
            if (a.contains(":")) {
                v6.add(a);
                return true;
            }
            return false;
        });
        Boolean isConnected = s.bool(row, connected);
        vm.vm.nic(new Nic(s.text(row, label), s.text(row, network), s.text(row, adapter), s.text(row, mac),
                isConnected == null || isConnected, v4, v6));
    }

    /** Addresses as RVTools lists them: separated by commas, semicolons or spaces. */
    static List<String> addresses(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String part : text.split("[,;\\s]+")) {
            if (!part.isBlank()) {
                out.add(part.trim());
            }
        }
        return out;
    }
}
