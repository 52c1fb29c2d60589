package dev.cloudfit.assess.workspace.inventory;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Nic;
import dev.cloudfit.assess.inventory.Partition;
import dev.cloudfit.assess.inventory.Tag;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.core.error.InputLocation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes one {@link Inventory} into the {@code inv_*} tables with batched inserts (SQL in {@link InventorySql}). */
final class InventoryWriter {

    private final Connection c;
    private final long runId;

    InventoryWriter(Connection c, long runId) {
        this.c = c;
        this.runId = runId;
    }

    void write(Inventory inventory) throws SQLException {
        writeSource(inventory.source());
        try (PreparedStatement vm = c.prepareStatement(InventorySql.INSERT_VM);
                PreparedStatement attr = c.prepareStatement(InventorySql.INSERT_ATTRIBUTE);
                PreparedStatement tag = c.prepareStatement(InventorySql.INSERT_TAG);
                PreparedStatement disk = c.prepareStatement(InventorySql.INSERT_DISK);
                PreparedStatement nic = c.prepareStatement(InventorySql.INSERT_NIC);
                PreparedStatement addr = c.prepareStatement(InventorySql.INSERT_NIC_ADDRESS);
                PreparedStatement part = c.prepareStatement(InventorySql.INSERT_PARTITION)) {
            List<Vm> vms = inventory.vms();
            for (int i = 0; i < vms.size(); i++) {
                writeVm(vms.get(i), i, vm, attr, tag, disk, nic, addr, part);
            }
            for (PreparedStatement ps : List.of(vm, attr, tag, disk, nic, addr, part)) {
                ps.executeBatch();
            }
        }
        try (PreparedStatement host = c.prepareStatement(InventorySql.INSERT_HOST)) {
            List<Host> hosts = inventory.hosts();
            for (int i = 0; i < hosts.size(); i++) {
                Host h = hosts.get(i);
                Params p = new Params(host).add(runId).add(i).add(h.name()).add(h.datacenter()).add(h.cluster())
                        .add(h.cpuModel()).add(h.cpuSockets()).add(h.cpuCores()).add(h.cpuSpeed().hertz())
                        .add(h.memory().bytes()).add(h.esxVersion());
                p.batch();
            }
            host.executeBatch();
        }
    }

    private void writeSource(InventorySource s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(InventorySql.INSERT_SOURCE)) {
            new Params(ps).add(runId).add(s.kind()).add(s.name()).add(s.sha256()).add(s.formatVersion()).batch();
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(InventorySql.INSERT_FIELD_SOURCE)) {
            for (Map.Entry<String, List<String>> e : s.fieldSources().entrySet()) {
                List<String> sources = e.getValue();
                for (int i = 0; i < sources.size(); i++) {
                    new Params(ps).add(runId).add(e.getKey()).add(i).add(sources.get(i)).batch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(InventorySql.INSERT_WARNING)) {
            List<ImportWarning> warnings = s.warnings();
            for (int i = 0; i < warnings.size(); i++) {
                ImportWarning w = warnings.get(i);
                InputLocation l = w.location();
                new Params(ps).add(runId).add(i).add(w.code())
                        .add(l == null || l.file() == null ? null : l.file().toString())
                        .add(l == null ? null : l.sheet()).add(l == null ? 0L : l.row())
                        .add(l == null ? null : l.column()).add(l != null).add(w.message()).batch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(InventorySql.INSERT_WARNING_COUNT)) {
            for (Map.Entry<String, Long> e : s.warningCounts().entrySet()) {
                new Params(ps).add(runId).add(e.getKey()).add(e.getValue().longValue()).batch();
            }
            ps.executeBatch();
        }
    }

    private void writeVm(Vm v, int ord, PreparedStatement vm, PreparedStatement attr, PreparedStatement tag,
            PreparedStatement disk, PreparedStatement nic, PreparedStatement addr, PreparedStatement part)
            throws SQLException {
        var id = v.identity();
        var pl = v.placement();
        new Params(vm).add(runId).add(ord).add(id.key()).add(id.name()).add(id.vcenter()).add(id.vmId())
                .add(id.instanceUuid()).add(id.biosUuid()).add(v.powerState().name()).add(v.template())
                .add(v.vcpus()).add(v.coresPerSocket()).add(v.memory().bytes()).add(v.firmware().name())
                .add(v.guestOs().configured()).add(v.guestOs().reportedByTools()).add(v.hardwareVersion())
                .add(pl.datacenter()).add(pl.cluster()).add(pl.host()).add(pl.folder()).add(v.annotation())
                .add(v.provisioned().bytes()).add(v.inUse().bytes()).batch();
        for (Map.Entry<String, String> e : v.customAttributes().entrySet()) {
            new Params(attr).add(runId).add(ord).add(e.getKey()).add(e.getValue()).batch();
        }
        List<Tag> tags = v.tags();
        for (int i = 0; i < tags.size(); i++) {
            new Params(tag).add(runId).add(ord).add(i).add(tags.get(i).category()).add(tags.get(i).name()).batch();
        }
        List<Disk> disks = v.disks();
        for (int i = 0; i < disks.size(); i++) {
            Disk d = disks.get(i);
            new Params(disk).add(runId).add(ord).add(i).add(d.label()).add(d.capacity().bytes())
                    .add(d.provisioning().name()).add(d.datastore()).add(d.controller()).add(d.independent())
                    .add(d.rdm()).add(d.shared()).add(d.perfInstance().orElse(null)).batch();
        }
        List<Nic> nics = v.nics();
        for (int i = 0; i < nics.size(); i++) {
            Nic n = nics.get(i);
            new Params(nic).add(runId).add(ord).add(i).add(n.label()).add(n.network()).add(n.adapterType())
                    .add(n.macAddress()).add(n.connected()).batch();
            addresses(addr, ord, i, 4, n.ipv4());
            addresses(addr, ord, i, 6, n.ipv6());
        }
        List<Partition> parts = v.partitions();
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            new Params(part).add(runId).add(ord).add(i).add(p.mountPoint()).add(p.capacity().bytes())
                    .add(p.consumed().bytes()).batch();
        }
    }

    private void addresses(PreparedStatement addr, int vmOrd, int nicOrd, int family, List<String> list)
            throws SQLException {
        for (int i = 0; i < list.size(); i++) {
            new Params(addr).add(runId).add(vmOrd).add(nicOrd).add(family).add(i).add(list.get(i)).batch();
        }
    }

    /** Binds parameters left to right; nulls are typed so DuckDB accepts them. */
    private static final class Params {
        private final PreparedStatement ps;
        private final List<Object> values = new ArrayList<>();

        Params(PreparedStatement ps) {
            this.ps = ps;
        }

        Params add(Object v) {
            values.add(v);
            return this;
        }

        void batch() throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                int index = i + 1;
                if (v == null) {
                    ps.setNull(index, Types.VARCHAR);
                } else if (v instanceof String s) {
                    ps.setString(index, s);
                } else if (v instanceof Integer n) {
                    ps.setInt(index, n);
                } else if (v instanceof Long n) {
                    ps.setLong(index, n);
                } else if (v instanceof Boolean b) {
                    ps.setBoolean(index, b);
                } else {
                    throw new IllegalArgumentException("unsupported parameter type " + v.getClass());
                }
            }
            ps.addBatch();
        }
    }
}
