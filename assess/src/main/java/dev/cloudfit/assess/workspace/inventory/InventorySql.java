package dev.cloudfit.assess.workspace.inventory;

/** All SQL of the inventory snapshot tables (schema in {@code schema/V001__runs_inventory_samples.sql}). */
final class InventorySql {

    private InventorySql() {
    }

    static final String INSERT_SOURCE =
            "INSERT INTO inv_source (run_id, kind, name, sha256, format_version) VALUES (?, ?, ?, ?, ?)";
    static final String INSERT_FIELD_SOURCE =
            "INSERT INTO inv_field_source (run_id, field, ord, source) VALUES (?, ?, ?, ?)";
    static final String INSERT_WARNING = "INSERT INTO inv_warning (run_id, ord, code, loc_file, loc_sheet, loc_row, "
            + "loc_column, has_location, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_WARNING_COUNT = "INSERT INTO inv_warning_count (run_id, code, count) VALUES (?, ?, ?)";
    static final String INSERT_VM = "INSERT INTO inv_vm (run_id, vm_ord, vm_key, name, vcenter, moref, instance_uuid, "
            + "bios_uuid, power_state, template, vcpus, cores_per_socket, memory_bytes, firmware, guest_configured, "
            + "guest_tools, hardware_version, datacenter, cluster, host, folder, annotation, provisioned_bytes, "
            + "in_use_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_ATTRIBUTE = "INSERT INTO inv_vm_attribute (run_id, vm_ord, name, value) VALUES (?, ?, ?, ?)";
    static final String INSERT_TAG = "INSERT INTO inv_vm_tag (run_id, vm_ord, ord, category, name) VALUES (?, ?, ?, ?, ?)";
    static final String INSERT_DISK = "INSERT INTO inv_disk (run_id, vm_ord, ord, label, capacity_bytes, provisioning, "
            + "datastore, controller, independent, rdm, shared, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_NIC = "INSERT INTO inv_nic (run_id, vm_ord, ord, label, network, adapter_type, "
            + "mac_address, connected) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    static final String INSERT_NIC_ADDRESS = "INSERT INTO inv_nic_address (run_id, vm_ord, nic_ord, family, ord, address) "
            + "VALUES (?, ?, ?, ?, ?, ?)";
    static final String INSERT_PARTITION = "INSERT INTO inv_partition (run_id, vm_ord, ord, mount_point, capacity_bytes, "
            + "consumed_bytes) VALUES (?, ?, ?, ?, ?, ?)";
    static final String INSERT_HOST = "INSERT INTO inv_host (run_id, host_ord, name, datacenter, cluster, cpu_model, "
            + "cpu_sockets, cpu_cores, cpu_hz, memory_bytes, esx_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    static final String SELECT_SOURCE = "SELECT kind, name, sha256, format_version FROM inv_source WHERE run_id = ?";
    static final String SELECT_FIELD_SOURCES = "SELECT field, source FROM inv_field_source WHERE run_id = ? ORDER BY field, ord";
    static final String SELECT_WARNINGS = "SELECT code, loc_file, loc_sheet, loc_row, loc_column, has_location, message "
            + "FROM inv_warning WHERE run_id = ? ORDER BY ord";
    static final String SELECT_WARNING_COUNTS = "SELECT code, count FROM inv_warning_count WHERE run_id = ?";
    static final String SELECT_VMS = "SELECT * FROM inv_vm WHERE run_id = ? ORDER BY vm_ord";
    static final String SELECT_ATTRIBUTES = "SELECT vm_ord, name, value FROM inv_vm_attribute WHERE run_id = ?";
    static final String SELECT_TAGS = "SELECT vm_ord, category, name FROM inv_vm_tag WHERE run_id = ? ORDER BY vm_ord, ord";
    static final String SELECT_DISKS = "SELECT * FROM inv_disk WHERE run_id = ? ORDER BY vm_ord, ord";
    static final String SELECT_NICS = "SELECT * FROM inv_nic WHERE run_id = ? ORDER BY vm_ord, ord";
    static final String SELECT_NIC_ADDRESSES = "SELECT vm_ord, nic_ord, family, address FROM inv_nic_address "
            + "WHERE run_id = ? ORDER BY vm_ord, nic_ord, family, ord";
    static final String SELECT_PARTITIONS = "SELECT * FROM inv_partition WHERE run_id = ? ORDER BY vm_ord, ord";
    static final String SELECT_HOSTS = "SELECT * FROM inv_host WHERE run_id = ? ORDER BY host_ord";
}
