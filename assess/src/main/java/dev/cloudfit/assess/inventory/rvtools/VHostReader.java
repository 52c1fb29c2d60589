package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.assess.inventory.Plausible;
import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Frequency;
import dev.cloudfit.reports.xlsx.SheetRow;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/** vHost: the ESXi hosts, their CPUs and memory. */
final class VHostReader implements SheetVisitor {

    private final List<Host> hosts = new ArrayList<>();
    private int name;
    private int datacenter;
    private int cluster;
    private int model;
    private int speed;
    private int sockets;
    private int coresPerCpu;
    private int cores;
    private int memory;
    private int esx;

    List<Host> hosts() {
        return hosts;
    }

    @Override
    public BitSet header(SheetContext s) {
        var h = s.header();
        name = h.index(RvColumns.HOST_NAME);
        datacenter = h.index(RvColumns.DATACENTER);
        cluster = h.index(RvColumns.CLUSTER);
        model = h.index(RvColumns.CPU_MODEL);
        speed = h.index(RvColumns.SPEED);
        sockets = h.index(RvColumns.CPU_SOCKETS);
        coresPerCpu = h.index(RvColumns.CORES_PER_CPU);
        cores = h.index(RvColumns.CORES);
        memory = h.index(RvColumns.HOST_MEMORY);
        esx = h.index(RvColumns.ESX_VERSION);
        s.log().fed("hosts", s.sheet());
        return SheetWalker.columns(name, datacenter, cluster, model, speed, sockets, coresPerCpu, cores, memory, esx);
    }

    @Override
    public void row(SheetContext s, SheetRow row) {
        String hostName = s.text(row, name);
        if (hostName == null) {
            s.log().warn("rvtools.vhost.no-name", s.at(row, name), "a host row without a name was ignored");
            return;
        }
        int socketCount = Math.max(0, s.count(row, sockets, Plausible.HOST_SOCKETS));
        int coreCount = s.count(row, cores, Plausible.HOST_CORES);
        if (coreCount < 0) {
            int perCpu = s.count(row, coresPerCpu, Plausible.HOST_CORES);
            coreCount = perCpu < 0 ? 0 : perCpu * socketCount;
        }
        double mhz = s.number(row, speed, Plausible.CPU_MHZ);
        DataSize mem = s.mebibytes(row, memory, Plausible.MEMORY);
        hosts.add(new Host(hostName, s.text(row, datacenter), s.text(row, cluster), s.text(row, model), socketCount,
                coreCount, Double.isNaN(mhz) || mhz < 0 ? new Frequency(0) : Frequency.ofMegahertz(mhz),
                mem == null ? DataSize.ZERO : mem, s.text(row, esx)));
    }
}
