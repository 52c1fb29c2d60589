package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.reports.table.SheetOutput;
import java.util.List;

/**
 * vCPU, one row per VM: CPUs, sockets and cores per socket, and the scheduler settings at their
 * defaults. RVTools' live figures (Max, Overall, Entitlement) are left out: they are performance
 * data, which this generator does not invent.
 */
final class VCpuSheet implements RvToolsVmSheet {

    private final RvToolsVmColumns common;
    private final List<String> headers;

    VCpuSheet(RvToolsVmColumns common) {
        this.common = common;
        this.headers = common.headers(List.of("CPUs", "Sockets", "Cores p/s", "Level", "Shares", "Reservation",
                "Limit", "Hot Add", "Hot Remove", "Numa Hotadd Exposed"));
    }

    @Override
    public String name() {
        return "vCPU";
    }

    @Override
    public List<String> headers() {
        return headers;
    }

    @Override
    public void write(GeneratedVm g, SheetOutput out) {
        Vm vm = g.vm();
        RowCells row = common.leading(vm).number(vm.vcpus()).number(vm.vcpus() / vm.coresPerSocket())
                .number(vm.coresPerSocket()).text("normal").number(1000L * vm.vcpus()).number(0).number(-1)
                .flag(vm.hardwareVersion() >= 11 && vm.vcpus() <= 8).flag(false).flag(false);
        common.trailing(row, vm);
        out.row(row.cells());
    }
}
