package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Nic;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.reports.table.SheetOutput;
import java.util.List;

/**
 * vNetwork, one row per network adapter: label, adapter type, port group and switch, connection
 * state, MAC address, and the IPv4 and IPv6 addresses VMware Tools reports (comma separated).
 */
final class VNetworkSheet implements RvToolsVmSheet {

    private final RvToolsVmColumns common;
    private final List<String> headers;

    VNetworkSheet(RvToolsVmColumns common) {
        this.common = common;
        this.headers = common.headers(List.of("NIC label", "Adapter", "Network", "Switch", "Connected",
                "Starts Connected", "Mac Address", "Type", "IPv4 Address", "IPv6 Address", "Direct Path IO"));
    }

    @Override
    public String name() {
        return "vNetwork";
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public void write(GeneratedVm g, SheetOutput out) {
        Vm vm = g.vm();
        for (int i = 0; i < vm.nics().size(); i++) {
            Nic n = vm.nics().get(i);
            RowCells row = common.leading(vm).text(n.label()).text(n.adapterType()).text(n.network())
                    .text(g.nicSwitches().get(i)).flag(n.connected()).flag(true).text(n.macAddress()).text("assigned")
                    .text(n.ipv4().isEmpty() ? null : String.join(", ", n.ipv4()))
                    .text(n.ipv6().isEmpty() ? null : String.join(", ", n.ipv6())).flag(false);
            common.trailing(row, vm);
            out.row(row.cells());
        }
    }
}
