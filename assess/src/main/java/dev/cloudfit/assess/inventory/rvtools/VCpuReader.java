package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.assess.inventory.Plausible;
import dev.cloudfit.reports.xlsx.SheetRow;
import java.util.BitSet;

/** vCPU: sockets and cores per socket; the CPU count only where vInfo has none. */
final class VCpuReader extends VmSheetReader {

    private int cpus;
    private int coresPerSocket;

    VCpuReader(VmAssembly vms) {
        super(vms);
    }

    @Override
    BitSet columns(SheetContext s) {
        cpus = s.header().index(RvColumns.CPUS);
        coresPerSocket = s.header().index(RvColumns.CORES_PER_SOCKET);
        if (coresPerSocket >= 0) {
            s.log().fed("coresPerSocket", s.sheet() + "." + s.header().name(coresPerSocket));
        }
        return SheetWalker.columns(cpus, coresPerSocket);
    }

    @Override
    void apply(SheetContext s, SheetRow row, VmAssembly.Entry vm) {
        int cps = s.count(row, coresPerSocket, Plausible.VCPUS);
        if (cps > 0) {
            vm.vm.coresPerSocket(cps);
        }
        if (!vm.hasCpuFromVinfo) {
            int n = s.count(row, cpus, Plausible.VCPUS);
            if (n >= 0) {
                vm.vm.vcpus(n);
                vm.hasCpuFromVinfo = true;
                s.log().fed("vcpus", s.sheet() + "." + s.header().name(cpus));
            }
        }
    }
}
