package dev.cloudfit.assess.inventory.rvtools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.inventory.Disk;
import dev.cloudfit.assess.inventory.GuestOs;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.OsFamily;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.core.units.DataSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What real exports from public repositories showed, each rebuilt in a small input made here. */
class RealExportQuirksTest {

    @TempDir
    Path dir;

    private final RvToolsImporter importer = new RvToolsImporter();

    @Test
    void aDuplicateNameWithoutIdColumnsKeepsBothVmsUnderAVisibleDistinctName() throws Exception {
        Inventory inv = importer.importWorkbook(new TestWorkbook()
                .sheet("vInfo", List.of("VM", "CPUs", "Memory", "Folder"),
                        List.of("app", 2, 4096, "/DC1/vm/Prod"), List.of("db", 4, 8192, "/DC1/vm/Prod"),
                        List.of("app", 8, 16384, "/DC1/vm/Test"))
                .sheet("vCPU", List.of("VM", "CPUs"), List.of("app", 99))
                .write(dir.resolve("dup.xlsx")));
        assertThat(inv.vms()).extracting(Vm::name).containsExactly("app", "db", "app (row 4)");
        assertThat(inv.vms()).extracting(Vm::vcpus).containsExactly(2, 4, 8);
        assertThat(inv.vms().get(2).placement().folder()).isEqualTo("/DC1/vm/Test");
        assertThat(inv.source().warningCounts()).containsEntry("rvtools.vinfo.duplicate-name", 1L)
                .containsEntry("rvtools.orphan-row", 1L);
        assertThat(inv.source().warnings()).anySatisfy(w -> assertThat(w.message())
                .contains("'app' is also on row 2").contains("kept as 'app (row 4)'"));
    }

    @Test
    void withoutVDiskTheTotalIsSplitOverVinfosDiskCountAsAnEstimate() throws Exception {
        Inventory inv = importer.importWorkbook(new TestWorkbook().sheet("vInfo",
                List.of("VM", "CPUs", "Memory", "Disks", "Provisioned MiB"),
                List.of("files", 2, 4096, 3, 3 * 1024 * 1024), List.of("small", 1, 1024, 1, 40_960))
                .write(dir.resolve("nodisk.xlsx")));
        Vm files = inv.vms().get(0);
        assertThat(files.disks()).hasSize(3).allSatisfy(d -> {
            assertThat(d.estimated()).isTrue();
            assertThat(d.capacity()).isEqualTo(DataSize.ofTebibytes(1));
        });
        assertThat(files.disks().get(0).label()).isEqualTo("Hard disk 1" + Disk.ESTIMATED);
        assertThat(inv.vms().get(1).disks()).singleElement().satisfies(d -> {
            assertThat(d.capacity()).isEqualTo(DataSize.ofMebibytes(40_960));
            assertThat(d.estimated()).isFalse();
        });
        assertThat(inv.source().warningCounts()).containsEntry("rvtools.vdisk.estimated", 1L);
        assertThat(inv.source().fieldSources().get("disks")).anySatisfy(f -> assertThat(f).contains("estimated"));
    }

    @Test
    void aFormulaVmNameWithoutACachedValueGetsTheFormulaCellWarning() throws Exception {
        Inventory inv = importer.importWorkbook(new TestWorkbook().sheet("vInfo", List.of("VM", "CPUs"),
                List.of(new TestWorkbook.Formula("CONCAT(\"web\",\"01\")", ""), 2), List.of("db", 1))
                .write(dir.resolve("formula.xlsx")));
        assertThat(inv.vms()).extracting(Vm::name).containsExactly("db");
        assertThat(inv.source().warningCounts()).containsEntry("rvtools.formula-cell", 1L)
                .doesNotContainKey("rvtools.vinfo.no-name");
        assertThat(inv.source().warnings()).anySatisfy(w -> assertThat(w.message())
                .contains("the VM name is a formula without a calculated value"));
    }

    @Test
    void junkFromVmwareToolsNeverOverridesAValidConfiguredOs() throws Exception {
        Inventory inv = importer.importWorkbook(new TestWorkbook().sheet("vInfo",
                List.of("VM", "OS according to the configuration file", "OS according to the VMware Tools"),
                List.of("a", "Microsoft Windows Server 2019 (64-bit)", "false"),
                List.of("b", "Red Hat Enterprise Linux 8 (64-bit)", "Vmxnet3"),
                List.of("c", "Other Linux (64-bit)", "Ubuntu Linux (64-bit)"),
                List.of("d", "Microsoft Windows Server 2016 (64-bit)", "Microsoft Windows Server 2022 (64-bit)"))
                .write(dir.resolve("os.xlsx")));
        assertThat(inv.vms()).extracting(v -> v.guestOs().bestName()).containsExactly(
                "Microsoft Windows Server 2019 (64-bit)", "Red Hat Enterprise Linux 8 (64-bit)",
                "Ubuntu Linux (64-bit)", "Microsoft Windows Server 2022 (64-bit)");
        assertThat(new GuestOs("Microsoft Windows Server 2019 (64-bit)", "SomethingUnknown").family())
                .isEqualTo(OsFamily.WINDOWS_SERVER);
        assertThat(new GuestOs(null, "false").bestName()).isNull();
    }

    @Test
    void aCsvExportFolderWithRvtoolsUnderscoreNamesInAnyCaseIsRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("export"));
        Files.writeString(folder.resolve("rvtools_vInfo.csv"), "VM,CPUs,Memory\nweb,2,4096\n");
        Files.writeString(folder.resolve("RVTOOLS_VDISK.CSV"), "VM,Disk,Capacity MiB\nweb,Hard disk 1,10240\n");
        Inventory inv = importer.importCsv(folder);
        assertThat(inv.vms()).singleElement().satisfies(v -> {
            assertThat(v.vcpus()).isEqualTo(2);
            assertThat(v.disks()).singleElement().satisfies(d -> assertThat(d.label()).isEqualTo("Hard disk 1"));
        });
    }
}
