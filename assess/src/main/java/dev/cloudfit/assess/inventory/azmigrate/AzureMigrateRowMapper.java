package dev.cloudfit.assess.inventory.azmigrate;

import dev.cloudfit.assess.inventory.Plausible;
import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.DiskProvisioning;
import dev.cloudfit.assess.inventory.Firmware;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Nic;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.VmIdentity;
import dev.cloudfit.assess.inventory.azmigrate.AzureMigrateColumns.Measured;
import dev.cloudfit.assess.inventory.csv.CsvColumn;
import dev.cloudfit.assess.inventory.csv.CsvRow;
import dev.cloudfit.assess.perf.DiskIo;
import dev.cloudfit.assess.perf.UtilizationSnapshot;
import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.core.units.DataSize;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Reads one template row into a {@link Vm} and a {@link UtilizationSnapshot}.
 *
 * <ul>
 *   <li>Mandatory values: server name, cores (at least 1), memory (more than 0), OS name.</li>
 *   <li>OS name and version become the configured guest OS ({@code Windows Server 2019 1809}); the
 *       version is not repeated when the name already holds it.</li>
 *   <li>Each {@code Disk N size} above 0 is a disk {@code Disk N} (provisioning unknown); a 0 or blank
 *       size is no disk.</li>
 *   <li>A blank boot type is BIOS, as Azure Migrate's CSV import assumes (reference §1.6): it makes no
 *       "boot type unknown" condition, unlike a VM whose firmware vCenter did not report.</li>
 *   <li>{@code Network adapters} gives that many NICs. The file does not say which adapter holds
 *       which address, so every address goes on the first NIC. Adapters are taken as connected.</li>
 *   <li>Server type and hypervisor become the custom attributes {@value #SERVER_TYPE_ATTRIBUTE} and
 *       {@value #HYPERVISOR_ATTRIBUTE} whatever the header's suffix ({@code Server type (Virtual/Physical)});
 *       the template's informational columns and unknown columns become custom attributes named
 *       by their header.</li>
 *   <li>{@code Virtual machine ID} (vCenter's instance UUID) and {@code BIOS ID} complete the identity,
 *       which then keys the VM by UUID rather than by name.</li>
 * </ul>
 */
final class AzureMigrateRowMapper {

    /** Custom attribute holding the template's server type (Virtual or Physical). */
    static final String SERVER_TYPE_ATTRIBUTE = "Server type";
    /** Custom attribute holding the template's hypervisor (VMware, Hyper-V, ...). */
    static final String HYPERVISOR_ATTRIBUTE = "Hypervisor";

    /** A throughput above an exbibyte per second is a typing mistake, refused before it overflows. */
    private static final double MAX_RATE_BYTES_PER_SECOND = 0x1p60;

    private final AzureMigrateColumns columns;

    AzureMigrateRowMapper(AzureMigrateColumns columns) {
        this.columns = columns;
    }

    MappedServer map(CsvRow row) {
        List<ImportWarning> warnings = new ArrayList<>();
        String name = row.requiredText(col(AzureMigrateField.SERVER_NAME));
        Vm.Builder vm = Vm.builder(new VmIdentity(name,
                text(row, AzureMigrateField.VIRTUAL_MACHINE_MANAGER_ID), null,
                text(row, AzureMigrateField.VIRTUAL_MACHINE_ID),
                text(row, AzureMigrateField.BIOS_ID)));

        CsvColumn cores = col(AzureMigrateField.CORES);
        int vcpus = row.count(cores).orElseThrow(() -> row.bad(cores, "a value is required"));
        if (vcpus < 1) {
            throw row.bad(cores, "'" + row.requiredText(cores) + "' cores: a server has at least 1");
        }
        atMost(row, cores, vcpus, Plausible.VCPUS);
        vm.vcpus(vcpus);

        Measured memory = columns.measured(AzureMigrateField.MEMORY).orElseThrow();
        double mem = row.amount(memory.column()).orElseThrow(() -> row.bad(memory.column(), "a value is required"));
        if (mem <= 0) {
            throw row.bad(memory.column(), "'" + row.requiredText(memory.column()) + "': memory must be more than 0");
        }
        vm.memory(size(row, mem, memory, Plausible.MEMORY));

        vm.guestOs(new GuestOs(osName(row), null));
        vm.firmware(firmware(row, warnings));
        List<DiskIo> diskIo = disks(row, vm, warnings);
        // the template has no provisioned-storage column: what the server provisions is its disks
        vm.provisioned(vm.disks().stream().map(Disk::capacity).reduce(DataSize.ZERO, DataSize::plus));
        size(row, AzureMigrateField.STORAGE_IN_USE, Plausible.VM_STORAGE).ifPresent(vm::inUse);
        nics(row, vm, warnings);
        serverKind(row, vm, warnings);
        for (CsvColumn c : columns.attributeColumns()) {
            row.text(c).ifPresent(v -> vm.customAttribute(attributeName(c), v));
        }

        UtilizationSnapshot utilization = new UtilizationSnapshot(InventorySource.AZURE_MIGRATE_CSV,
                row.percentage(col(AzureMigrateField.CPU_UTILIZATION)),
                row.percentage(col(AzureMigrateField.MEMORY_UTILIZATION)),
                diskIo,
                new DiskIo(DiskIo.ALL_DISKS,
                        rate(row, columns.measured(AzureMigrateField.TOTAL_READ_THROUGHPUT)),
                        rate(row, columns.measured(AzureMigrateField.TOTAL_WRITE_THROUGHPUT)),
                        row.amount(col(AzureMigrateField.TOTAL_READ_OPS)),
                        row.amount(col(AzureMigrateField.TOTAL_WRITE_OPS))),
                rate(row, columns.measured(AzureMigrateField.NETWORK_IN)),
                rate(row, columns.measured(AzureMigrateField.NETWORK_OUT)));
        return new MappedServer(vm.build(), utilization, warnings);
    }

    private String osName(CsvRow row) {
        String osName = row.requiredText(col(AzureMigrateField.OS_NAME));
        String version = text(row, AzureMigrateField.OS_VERSION);
        if (version == null || osName.toLowerCase(Locale.ROOT).contains(version.toLowerCase(Locale.ROOT))) {
            return osName;
        }
        return osName + " " + version;
    }

    private Firmware firmware(CsvRow row, List<ImportWarning> warnings) {
        CsvColumn column = col(AzureMigrateField.BOOT_TYPE);
        Optional<String> text = row.text(column);
        if (text.isEmpty()) {
            // reference §1.6 (FAQ): on a CSV import a missing boot type is assumed BIOS and is no condition
            return Firmware.BIOS;
        }
        Firmware firmware = Firmware.parse(text.get());
        if (firmware == Firmware.UNKNOWN) {
            warnings.add(new ImportWarning(AzureMigrateWarnings.UNKNOWN_BOOT_TYPE, row.location(column),
                    "boot type '" + text.get() + "' is neither BIOS nor UEFI; firmware left unknown"));
        }
        return firmware;
    }

    private List<DiskIo> disks(CsvRow row, Vm.Builder vm, List<ImportWarning> warnings) {
        List<DiskIo> io = new ArrayList<>();
        int sized = 0;
        for (Map.Entry<Integer, Map<DiskMetric, Measured>> group : columns.disks().entrySet()) {
            String label = "Disk " + group.getKey();
            Map<DiskMetric, Measured> metric = group.getValue();
            Optional<Measured> sizeColumn = Optional.ofNullable(metric.get(DiskMetric.SIZE));
            OptionalDouble size = sizeColumn.isEmpty() ? OptionalDouble.empty() : row.amount(sizeColumn.get().column());
            DiskIo figures = new DiskIo(label,
                    rate(row, Optional.ofNullable(metric.get(DiskMetric.READ_THROUGHPUT))),
                    rate(row, Optional.ofNullable(metric.get(DiskMetric.WRITE_THROUGHPUT))),
                    ops(row, metric.get(DiskMetric.READ_OPS)),
                    ops(row, metric.get(DiskMetric.WRITE_OPS)));
            boolean hasDisk = size.isPresent() && size.getAsDouble() > 0;
            if (hasDisk) {
                sized++;
                vm.disk(new Disk(label, size(row, size.getAsDouble(), sizeColumn.get(), Plausible.DISK),
                        DiskProvisioning.UNKNOWN,
                        null, null, false, false, false));
            } else if (!figures.isEmpty()) {
                warnings.add(new ImportWarning(AzureMigrateWarnings.DISK_WITHOUT_SIZE, row.location(),
                        label + " has throughput or operations but no size; the figures are kept, no disk is made"));
            }
            if (!figures.isEmpty()) {
                io.add(figures);
            }
        }
        CsvColumn countColumn = col(AzureMigrateField.NUMBER_OF_DISKS);
        OptionalInt declared = row.count(countColumn);
        declared.ifPresent(n -> atMost(row, countColumn, n, Plausible.DISKS));
        if (declared.isPresent() && declared.getAsInt() != sized) {
            warnings.add(new ImportWarning(AzureMigrateWarnings.DISK_COUNT_MISMATCH, row.location(countColumn),
                    "the server is said to have " + declared.getAsInt() + " disks but " + sized
                            + " disk sizes are given; only disks with a size are imported"));
        }
        return io;
    }

    private void nics(CsvRow row, Vm.Builder vm, List<ImportWarning> warnings) {
        CsvColumn ipColumn = col(AzureMigrateField.IP_ADDRESSES);
        IpAddressList ips = IpAddressList.parse(row.text(ipColumn).orElse(null));
        for (String bad : ips.invalid()) {
            warnings.add(new ImportWarning(AzureMigrateWarnings.BAD_IP_ADDRESS, row.location(ipColumn),
                    "'" + bad + "' is not an IP address; dropped"));
        }
        CsvColumn countColumn = col(AzureMigrateField.NETWORK_ADAPTERS);
        OptionalInt count = row.count(countColumn);
        int adapters;
        if (count.isPresent()) {
            adapters = count.getAsInt();
            atMost(row, countColumn, adapters, Plausible.NICS);
            if (adapters == 0 && !ips.isEmpty()) {
                warnings.add(new ImportWarning(AzureMigrateWarnings.ADDRESSES_WITHOUT_ADAPTER,
                        row.location(countColumn), "0 network adapters but IP addresses given; addresses dropped"));
            }
        } else {
            adapters = ips.isEmpty() ? 0 : 1;
            if (adapters == 1) {
                warnings.add(new ImportWarning(AzureMigrateWarnings.ADAPTER_ASSUMED, row.location(ipColumn),
                        "IP addresses but no network adapter count; one adapter assumed"));
            }
        }
        for (int i = 1; i <= adapters; i++) {
            boolean first = i == 1;
            vm.nic(new Nic("Network adapter " + i, null, null, null, true,
                    first ? ips.ipv4() : List.of(), first ? ips.ipv6() : List.of()));
        }
    }

    private void serverKind(CsvRow row, Vm.Builder vm, List<ImportWarning> warnings) {
        CsvColumn typeColumn = col(AzureMigrateField.SERVER_TYPE);
        row.text(typeColumn).ifPresent(type -> {
            vm.customAttribute(SERVER_TYPE_ATTRIBUTE, type);
            String t = type.toLowerCase(Locale.ROOT);
            if (t.equals("physical")) {
                warnings.add(new ImportWarning(AzureMigrateWarnings.PHYSICAL_SERVER, row.location(typeColumn),
                        "a physical server: sized like the others, but cloudfit's migrate cannot move it"));
            } else if (!t.equals("virtual")) {
                warnings.add(new ImportWarning(AzureMigrateWarnings.UNKNOWN_SERVER_TYPE, row.location(typeColumn),
                        "server type '" + type + "' is neither Virtual nor Physical"));
            }
        });
        CsvColumn hypervisorColumn = col(AzureMigrateField.HYPERVISOR);
        row.text(hypervisorColumn).ifPresent(hypervisor -> {
            vm.customAttribute(HYPERVISOR_ATTRIBUTE, hypervisor);
            if (!hypervisor.toLowerCase(Locale.ROOT).contains("vmware")) {
                warnings.add(new ImportWarning(AzureMigrateWarnings.NOT_VMWARE, row.location(hypervisorColumn),
                        "hypervisor '" + hypervisor + "' is not VMware: sized like the others, but cloudfit's"
                                + " migrate cannot move it"));
            }
        });
    }

    private CsvColumn col(AzureMigrateField field) {
        return columns.column(field);
    }

    private String text(CsvRow row, AzureMigrateField field) {
        return row.text(col(field)).orElse(null);
    }

    /** A count above what any real server has is refused before anything is made from it. */
    private static void atMost(CsvRow row, CsvColumn column, int value, int max) {
        if (value > max) {
            throw row.bad(column, "'" + row.text(column).orElse("") + "' is more than any real server has (at most "
                    + max + ")");
        }
    }

    private Optional<DataSize> size(CsvRow row, AzureMigrateField field, DataSize max) {
        Optional<Measured> m = columns.measured(field);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble v = row.amount(m.get().column());
        return v.isEmpty() ? Optional.empty() : Optional.of(size(row, v.getAsDouble(), m.get(), max));
    }

    /** A size from its column's unit, refused above {@code max} (see {@link Plausible}) before it can overflow. */
    private static DataSize size(CsvRow row, double value, Measured unit, DataSize max) {
        double bytes = value * unit.bytesPerUnit();
        if (!(bytes <= max.bytes())) {
            throw row.bad(unit.column(), "'" + row.text(unit.column()).orElse("") + "' is too large: more than any"
                    + " real value (at most " + max + ")");
        }
        return DataSize.ofBytes(Math.round(bytes));
    }

    private static Optional<DataRate> rate(CsvRow row, Optional<Measured> m) {
        if (m.isEmpty()) {
            return Optional.empty();
        }
        OptionalDouble v = row.amount(m.get().column());
        if (v.isPresent() && v.getAsDouble() * m.get().bytesPerUnit() > MAX_RATE_BYTES_PER_SECOND) {
            throw row.bad(m.get().column(), "'" + row.text(m.get().column()).orElse("") + "' is too large");
        }
        return v.isEmpty() ? Optional.empty()
                : Optional.of(DataRate.ofBytesPerSecond(v.getAsDouble() * m.get().bytesPerUnit()));
    }

    private static OptionalDouble ops(CsvRow row, Measured m) {
        return m == null ? OptionalDouble.empty() : row.amount(m.column());
    }

    /** A custom attribute's name: the header as the file spells it, without the mandatory mark. */
    static String attributeName(CsvColumn column) {
        String h = column.header().strip();
        return h.startsWith("*") ? h.substring(1).strip() : h;
    }
}
