package dev.cloudfit.assess.inventory.azmigrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.assess.inventory.Vm;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Oddities that do not stop an import are warnings with a stable code and the row they are on. */
class AzureMigrateWarningsTest {

    private static final List<String> HEADER = List.of("*Server name", "IP addresses", "*Cores", "*Memory",
            "*OS name", "Server type", "Hypervisor", "Boot type", "Network adapters", "Number of disks",
            "Disk 1 size", "Disk 2 size", "Disk 2 read ops", "Disk 3 read ops", "Owner team");

    @TempDir
    Path dir;

    @Test
    void nonFatalOdditiesAreWarnedAboutPerRow() throws IOException {
        Path file = TemplateFiles.write(dir, "servers.csv", HEADER, List.of(
                List.of("hv01", "10.0.0.1", "2", "2048", "Windows Server 2016", "Virtual", "Hyper-V", "UEFI", "1",
                        "", "", "", "", "", ""),
                List.of("phys01", "10.0.0.2", "16", "131072", "Ubuntu Linux", "Physical", "", "Legacy", "1", "",
                        "", "", "", "", "infra"),
                List.of("vm03", "10.0.0.3; 10.0.0.300; web.local", "1", "1024", "Debian GNU/Linux 12", "Container", "VMware",
                        "BIOS", "0", "3", "40", "0", "55", "12", ""),
                List.of("vm04", "192.168.1.4", "1", "1024", "Debian", "", "", "", "", "", "", "", "", "", "")),
                ',');
        AzureMigrateImport result = new AzureMigrateCsvImporter().importFile(file);

        assertThat(result.inventory().source().warnings())
                .extracting(ImportWarning::code, w -> w.location().row(), w -> w.location().column())
                .containsExactly(
                        tuple(AzureMigrateWarnings.EXTRA_COLUMNS, 0L, null),
                        tuple(AzureMigrateWarnings.NOT_VMWARE, 2L, "Hypervisor"),
                        tuple(AzureMigrateWarnings.UNKNOWN_BOOT_TYPE, 3L, "Boot type"),
                        tuple(AzureMigrateWarnings.PHYSICAL_SERVER, 3L, "Server type"),
                        tuple(AzureMigrateWarnings.DISK_WITHOUT_SIZE, 4L, null),
                        tuple(AzureMigrateWarnings.DISK_WITHOUT_SIZE, 4L, null),
                        tuple(AzureMigrateWarnings.DISK_COUNT_MISMATCH, 4L, "Number of disks"),
                        tuple(AzureMigrateWarnings.BAD_IP_ADDRESS, 4L, "IP addresses"),
                        tuple(AzureMigrateWarnings.BAD_IP_ADDRESS, 4L, "IP addresses"),
                        tuple(AzureMigrateWarnings.ADDRESSES_WITHOUT_ADAPTER, 4L, "Network adapters"),
                        tuple(AzureMigrateWarnings.UNKNOWN_SERVER_TYPE, 4L, "Server type"),
                        tuple(AzureMigrateWarnings.ADAPTER_ASSUMED, 5L, "IP addresses"));
        assertThat(result.inventory().source().warnings().get(0).message()).endsWith(": Owner team");
        assertThat(result.inventory().source().warnings().get(3).toString())
                .isEqualTo("servers.csv, row 3, column 'Server type': a physical server: sized like the others,"
                        + " but cloudfit's migrate cannot move it [azmigrate.physical-server]");

        List<Vm> vms = result.inventory().vms();
        assertThat(vms.get(1).customAttributes()).containsEntry("Owner team", "infra").containsEntry("Server type", "Physical");
        assertThat(vms.get(2).disks()).hasSize(1);
        assertThat(vms.get(2).nics()).isEmpty();
        assertThat(vms.get(3).nics()).singleElement().satisfies(n -> assertThat(n.ipv4()).containsExactly("192.168.1.4"));
    }
}
