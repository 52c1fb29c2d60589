package dev.cloudfit.assess.workspace.inventory;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskAddress;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Host;
import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Nic;
import dev.cloudfit.assess.inventory.Partition;
import dev.cloudfit.assess.inventory.Placement;
import dev.cloudfit.assess.inventory.PowerState;
import dev.cloudfit.assess.inventory.Tag;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.core.units.Frequency;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one run's snapshot back: each child table is read once, grouped by VM, then the VMs are
 * assembled in their stored order.
 */
final class InventoryReader {

    private final Connection c;
    private final long runId;

    InventoryReader(Connection c, long runId) {
        this.c = c;
        this.runId = runId;
    }

    Optional<Inventory> read() throws SQLException {
        Optional<InventorySource> source = source();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, Map<String, String>> attributes = new HashMap<>();
        query(InventorySql.SELECT_ATTRIBUTES, rs -> attributes.computeIfAbsent(rs.getInt("vm_ord"), k -> new LinkedHashMap<>())
                .put(rs.getString("name"), rs.getString("value")));
        Map<Integer, List<Tag>> tags = new HashMap<>();
        query(InventorySql.SELECT_TAGS, rs -> tags.computeIfAbsent(rs.getInt("vm_ord"), k -> new ArrayList<>())
                .add(new Tag(rs.getString("category"), rs.getString("name"))));
        Map<Integer, List<Disk>> disks = new HashMap<>();
        query(InventorySql.SELECT_DISKS, rs -> disks.computeIfAbsent(rs.getInt("vm_ord"), k -> new ArrayList<>())
                .add(new Disk(rs.getString("label"), DataSize.ofBytes(rs.getLong("capacity_bytes")),
                        DiskProvisioning.valueOf(rs.getString("provisioning")), rs.getString("datastore"),
                        rs.getString("controller"), rs.getBoolean("independent"), rs.getBoolean("rdm"),
                        rs.getBoolean("shared"), DiskAddress.parse(rs.getString("address")).orElse(null))));
        Map<Long, List<String>> v4 = new HashMap<>();
        Map<Long, List<String>> v6 = new HashMap<>();
        query(InventorySql.SELECT_NIC_ADDRESSES, rs -> (rs.getInt("family") == 4 ? v4 : v6)
                .computeIfAbsent(nicKey(rs.getInt("vm_ord"), rs.getInt("nic_ord")), k -> new ArrayList<>())
                .add(rs.getString("address")));
        Map<Integer, List<Nic>> nics = new HashMap<>();
        query(InventorySql.SELECT_NICS, rs -> {
            long key = nicKey(rs.getInt("vm_ord"), rs.getInt("ord"));
            nics.computeIfAbsent(rs.getInt("vm_ord"), k -> new ArrayList<>())
                    .add(new Nic(rs.getString("label"), rs.getString("network"), rs.getString("adapter_type"),
                            rs.getString("mac_address"), rs.getBoolean("connected"),
                            v4.getOrDefault(key, List.of()), v6.getOrDefault(key, List.of())));
        });
        Map<Integer, List<Partition>> partitions = new HashMap<>();
        query(InventorySql.SELECT_PARTITIONS, rs -> partitions.computeIfAbsent(rs.getInt("vm_ord"), k -> new ArrayList<>())
                .add(new Partition(rs.getString("mount_point"), DataSize.ofBytes(rs.getLong("capacity_bytes")),
                        DataSize.ofBytes(rs.getLong("consumed_bytes")))));
        List<Vm> vms = new ArrayList<>();
        query(InventorySql.SELECT_VMS, rs -> {
            int ord = rs.getInt("vm_ord");
            vms.add(new Vm(
                    new VmIdentity(rs.getString("name"), rs.getString("vcenter"), rs.getString("moref"),
                            rs.getString("instance_uuid"), rs.getString("bios_uuid")),
                    PowerState.valueOf(rs.getString("power_state")), rs.getBoolean("template"),
                    rs.getInt("vcpus"), rs.getInt("cores_per_socket"), DataSize.ofBytes(rs.getLong("memory_bytes")),
                    Firmware.valueOf(rs.getString("firmware")),
                    new GuestOs(rs.getString("guest_configured"), rs.getString("guest_tools")),
                    rs.getInt("hardware_version"),
                    new Placement(rs.getString("datacenter"), rs.getString("cluster"), rs.getString("host"),
                            rs.getString("folder")),
                    rs.getString("annotation"),
                    attributes.getOrDefault(ord, Map.of()), tags.getOrDefault(ord, List.of()),
                    disks.getOrDefault(ord, List.of()), nics.getOrDefault(ord, List.of()),
                    partitions.getOrDefault(ord, List.of()),
                    DataSize.ofBytes(rs.getLong("provisioned_bytes")), DataSize.ofBytes(rs.getLong("in_use_bytes"))));
        });
        List<Host> hosts = new ArrayList<>();
        query(InventorySql.SELECT_HOSTS, rs -> hosts.add(new Host(rs.getString("name"), rs.getString("datacenter"),
                rs.getString("cluster"), rs.getString("cpu_model"), rs.getInt("cpu_sockets"), rs.getInt("cpu_cores"),
                new Frequency(rs.getLong("cpu_hz")), DataSize.ofBytes(rs.getLong("memory_bytes")),
                rs.getString("esx_version"))));
        return Optional.of(new Inventory(vms, hosts, source.get()));
    }

    private Optional<InventorySource> source() throws SQLException {
        String[] head = new String[4];
        boolean[] found = {false};
        query(InventorySql.SELECT_SOURCE, rs -> {
            found[0] = true;
            head[0] = rs.getString("kind");
            head[1] = rs.getString("name");
            head[2] = rs.getString("sha256");
            head[3] = rs.getString("format_version");
        });
        if (!found[0]) {
            return Optional.empty();
        }
        Map<String, List<String>> fieldSources = new LinkedHashMap<>();
        query(InventorySql.SELECT_FIELD_SOURCES, rs -> fieldSources.computeIfAbsent(rs.getString("field"),
                k -> new ArrayList<>()).add(rs.getString("source")));
        List<ImportWarning> warnings = new ArrayList<>();
        query(InventorySql.SELECT_WARNINGS, rs -> {
            InputLocation where = null;
            if (rs.getBoolean("has_location")) {
                String file = rs.getString("loc_file");
                where = new InputLocation(file == null ? null : Path.of(file), rs.getString("loc_sheet"),
                        rs.getLong("loc_row"), rs.getString("loc_column"));
            }
            warnings.add(new ImportWarning(rs.getString("code"), where, rs.getString("message")));
        });
        Map<String, Long> counts = new LinkedHashMap<>();
        query(InventorySql.SELECT_WARNING_COUNTS, rs -> counts.put(rs.getString("code"), rs.getLong("count")));
        return Optional.of(new InventorySource(head[0], head[1], head[2], head[3], fieldSources, warnings, counts));
    }

    private static long nicKey(int vmOrd, int nicOrd) {
        return ((long) vmOrd << 32) | (nicOrd & 0xffffffffL);
    }

    private interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowHandler handler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, runId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }
}
