package dev.cloudfit.assess.inventory.rvtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.InventorySource;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.io.InventoryInput;
import dev.cloudfit.core.error.BadInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RVTools "Export all to csv": folders, zips, regional separators, quoting. */
class RvToolsCsvTest {

    @TempDir
    Path dir;

    private static final String VINFO_EN = String.join("\r\n",
            "VM,Powerstate,Template,CPUs,Memory,Provisioned MiB,In Use MiB,Annotation,owner,Datacenter,Cluster,"
                    + "PowerOn,OS according to the configuration file,VM ID,VM UUID",
            "web01,poweredOn,False,4,\"16,384\",\"206,057\",\"102,400\",\"line one",
            "line two, with comma\",bob,DC1,C1,2017/11/28 16:14:28,Microsoft Windows Server 2016 (64-bit),vm-1,"
                    + "5001-aa",
            "007,poweredOff,True,1,1024,2048.5,1024,,,DC1,C1,,Ubuntu Linux (64-bit),vm-2,5002-bb",
            "");

    private static final String VDISK_EN = String.join("\n",
            "VM,Disk,Capacity MiB,Thin,Path,VM ID",
            "web01,Hard disk 1,\"102,400\",True,[ds1] web01/web01.vmdk,vm-1",
            "web01,Hard disk 2,\"1,048,576\",False,[ds2] web01/web01_1.vmdk,vm-1",
            "");

    private Path folder(String vinfo, String vdisk) throws IOException {
        Path f = Files.createDirectories(dir.resolve("RVTools_export_all_2024-06-28_04.55.40"));
        Files.writeString(f.resolve("RVTools_tabvInfo.csv"), vinfo, StandardCharsets.UTF_8);
        if (vdisk != null) {
            Files.writeString(f.resolve("RVTools_tabvDisk.csv"), vdisk, StandardCharsets.UTF_8);
        }
        return f;
    }

    @Test
    void aFolderExportWithGroupedNumbersAndMultiLineQuotedValues() throws IOException {
        Inventory inv = InventoryInput.read(folder(VINFO_EN, VDISK_EN));
        assertThat(inv.source().kind()).isEqualTo(InventorySource.RVTOOLS_CSV);
        Vm web = inv.vms().get(0);
        assertThat(web.memory().toMebibytes()).isEqualTo(16_384);
        assertThat(web.provisioned().toMebibytes()).isEqualTo(206_057);
        assertThat(web.annotation()).isEqualTo("line one\r\nline two, with comma");
        assertThat(web.customAttributes()).containsEntry("owner", "bob");
        assertThat(web.disks()).extracting(d -> d.capacity().toMebibytes()).containsExactly(102_400.0, 1_048_576.0);
        assertThat(web.disks().get(0).datastore()).isEqualTo("ds1");
        Vm bond = inv.vms().get(1);
        assertThat(bond.name()).isEqualTo("007");
        assertThat(bond.template()).isTrue();
        assertThat(bond.provisioned().toMebibytes()).isEqualTo(2048.5);
    }

    @Test
    void semicolonsAndDecimalCommasFromAGermanWindows() throws IOException {
        String vinfo = "VM;CPUs;Memory;Provisioned MiB;In Use MiB\n"
                + "db01;8;32768;1.234,5;\"1 024,25\"\n"
                + "db02;2;4096;10240;5120\n";
        Inventory inv = InventoryInput.read(folder(vinfo, null));
        assertThat(inv.vms().get(0).provisioned().toMebibytes()).isEqualTo(1234.5);
        assertThat(inv.vms().get(0).inUse().toMebibytes()).isEqualTo(1024.25);
        assertThat(inv.vms().get(1).provisioned().toMebibytes()).isEqualTo(10_240);
    }

    @Test
    void aZipOfTheSameExportReadsTheSame() throws IOException {
        Path f = folder(VINFO_EN, VDISK_EN);
        Path zip = dir.resolve("export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String name : new String[] {"RVTools_tabvInfo.csv", "RVTools_tabvDisk.csv"}) {
                out.putNextEntry(new ZipEntry("RVTools_export_all/" + name));
                out.write(Files.readAllBytes(f.resolve(name)));
                out.closeEntry();
            }
        }
        Inventory fromZip = InventoryInput.read(zip);
        Inventory fromFolder = InventoryInput.read(f);
        assertThat(fromZip.vms()).isEqualTo(fromFolder.vms());
        assertThat(fromZip.source().sha256()).hasSize(64);
    }

    @Test
    void aSingleVinfoCsv() throws IOException {
        Path one = Files.writeString(dir.resolve("vInfo.csv"), "VM,CPUs,Memory\nsolo,2,2048\n");
        assertThat(InventoryInput.read(one).vms()).extracting(Vm::name).containsExactly("solo");
    }

    @Test
    void badCsvNamesTheFileRowAndColumn() throws IOException {
        Path f = folder("VM,CPUs,Memory\na,2,512\nb,two,512\n", null);
        assertThatThrownBy(() -> InventoryInput.read(f)).isInstanceOf(BadInputException.class)
                .hasMessage("RVTools_tabvInfo.csv, row 3, column 'CPUs': expected a number, found 'two'");
    }

    @Test
    void aFolderWithoutVinfo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("nothing"));
        Files.writeString(empty.resolve("readme.txt"), "hello");
        assertThatThrownBy(() -> InventoryInput.read(empty)).isInstanceOf(BadInputException.class)
                .hasMessage("nothing: no RVTools_tabvInfo.csv, so no VMs (found: nothing usable); is this an RVTools export?");
    }

    @Test
    void zipSlipAndZipBombsAreRefused() throws IOException {
        Path slip = dir.resolve("slip.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(slip))) {
            out.putNextEntry(new ZipEntry("../../RVTools_tabvInfo.csv"));
            out.write("VM,CPUs\nx,1\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        // a "../" path is flattened to its file name inside our private folder: nothing escapes
        assertThat(InventoryInput.read(slip).vms()).hasSize(1);
        assertThat(dir.getParent().resolve("RVTools_tabvInfo.csv")).doesNotExist();

        Path bomb = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            out.putNextEntry(new ZipEntry("RVTools_tabvInfo.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertThatThrownBy(() -> InventoryInput.read(bomb)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("zip bomb");
        Path notZip = Files.writeString(dir.resolve("fake.zip"), "not a zip at all");
        assertThatThrownBy(() -> InventoryInput.read(notZip)).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("fake.zip: ");
    }

    @Test
    void azureMigrateCsvIsRecognisedByItsHeader() throws IOException {
        Path f = Files.writeString(dir.resolve("servers.csv"),
                "*Server name,IP addresses,*Cores,*Memory (In MB),*OS name\nsrv1,10.0.0.1,2,4096,Windows Server 2019\n");
        Inventory inv = InventoryInput.read(f);
        assertThat(inv.source().kind()).isEqualTo(InventorySource.AZURE_MIGRATE_CSV);
        assertThat(inv.vms()).singleElement().satisfies(v -> assertThat(v.vcpus()).isEqualTo(2));
    }

    @SuppressWarnings("unused")
    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
