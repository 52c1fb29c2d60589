package dev.cloudfit.assess.inventory.azmigrate;

import dev.cloudfit.assess.inventory.azmigrate.AzureMigrateColumns.Measured;
import dev.cloudfit.assess.inventory.csv.CsvColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which headers of the file fed which model field, for {@code InventorySource.fieldSources}: a
 * reader of the report can see that {@code memory} came from {@code *Memory (In MB)}.
 */
final class AzureMigrateFieldSources {

    private AzureMigrateFieldSources() {
    }

    static Map<String, List<String>> of(AzureMigrateColumns columns) {
        Map<String, List<String>> sources = new LinkedHashMap<>();
        put(sources, "identity.name", columns, AzureMigrateField.SERVER_NAME);
        put(sources, "identity.instanceUuid", columns, AzureMigrateField.VIRTUAL_MACHINE_ID);
        put(sources, "identity.biosUuid", columns, AzureMigrateField.BIOS_ID);
        put(sources, "identity.vcenter", columns, AzureMigrateField.VIRTUAL_MACHINE_MANAGER_ID);
        put(sources, "vcpus", columns, AzureMigrateField.CORES);
        put(sources, "memory", columns, AzureMigrateField.MEMORY);
        put(sources, "guestOs.configured", columns, AzureMigrateField.OS_NAME, AzureMigrateField.OS_VERSION);
        put(sources, "firmware", columns, AzureMigrateField.BOOT_TYPE);
        put(sources, "inUse", columns, AzureMigrateField.STORAGE_IN_USE);
        put(sources, "nics", columns, AzureMigrateField.NETWORK_ADAPTERS, AzureMigrateField.IP_ADDRESSES);
        List<String> attributes = headers(columns, AzureMigrateField.SERVER_TYPE, AzureMigrateField.HYPERVISOR);
        columns.attributeColumns().forEach(c -> attributes.add(c.header()));
        putAll(sources, "customAttributes", attributes);
        List<String> sizes = new ArrayList<>();
        List<String> io = new ArrayList<>();
        columns.disks().values().forEach(group -> group.forEach((metric, m) ->
                (metric == DiskMetric.SIZE ? sizes : io).add(m.column().header())));
        putAll(sources, "disks", sizes);
        put(sources, "utilization.cpu", columns, AzureMigrateField.CPU_UTILIZATION);
        put(sources, "utilization.memory", columns, AzureMigrateField.MEMORY_UTILIZATION);
        putAll(sources, "utilization.disks", io);
        put(sources, "utilization.allDisks", columns, AzureMigrateField.TOTAL_READ_THROUGHPUT,
                AzureMigrateField.TOTAL_WRITE_THROUGHPUT, AzureMigrateField.TOTAL_READ_OPS,
                AzureMigrateField.TOTAL_WRITE_OPS);
        put(sources, "utilization.networkIn", columns, AzureMigrateField.NETWORK_IN);
        put(sources, "utilization.networkOut", columns, AzureMigrateField.NETWORK_OUT);
        return sources;
    }

    private static void put(Map<String, List<String>> sources, String field, AzureMigrateColumns columns,
            AzureMigrateField... from) {
        putAll(sources, field, headers(columns, from));
    }

    private static List<String> headers(AzureMigrateColumns columns, AzureMigrateField... from) {
        List<String> headers = new ArrayList<>();
        for (AzureMigrateField f : from) {
            columns.measured(f).map(Measured::column).map(CsvColumn::header).ifPresent(headers::add);
        }
        return headers;
    }

    private static void putAll(Map<String, List<String>> sources, String field, List<String> headers) {
        if (!headers.isEmpty()) {
            sources.put(field, List.copyOf(headers));
        }
    }
}
