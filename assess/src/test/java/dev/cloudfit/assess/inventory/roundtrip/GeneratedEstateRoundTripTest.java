package dev.cloudfit.assess.inventory.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.generate.EstateGenerator;
import dev.cloudfit.assess.inventory.generate.GeneratorSettings;
import dev.cloudfit.assess.inventory.generate.RvToolsWorkbookWriter;
import dev.cloudfit.assess.inventory.io.InventoryInput;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generator and the importers hold each other to account: an estate written as an RVTools
 * workbook, and as a CSV export, reads back as the VMs and hosts that were generated.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedEstateRoundTripTest {

    @TempDir
    Path dir;

    private EstateGenerator estate;
    private List<Vm> generated;

    @BeforeAll
    void generate() {
        estate = new EstateGenerator(GeneratorSettings.of(400, 11));
        generated = estate.vms().map(g -> g.vm()).toList();
    }

    @Test
    void workbookReadsBackAsGenerated() throws Exception {
        Path file = dir.resolve("estate.xlsx");
        RvToolsWorkbookWriter.writeXlsx(estate, file);
        assertSame(InventoryInput.read(file));
    }

    @Test
    void csvZipReadsBackAsGenerated() throws Exception {
        Path file = dir.resolve("estate.zip");
        RvToolsWorkbookWriter.writeCsvZip(estate, file);
        assertSame(InventoryInput.read(file));
    }

    private void assertSame(Inventory imported) {
        assertThat(imported.vms()).hasSameSizeAs(generated);
        for (int i = 0; i < generated.size(); i++) {
            Vm want = generated.get(i);
            Vm got = imported.vms().get(i);
            assertThat(got.identity()).as("identity of %s", want.name()).isEqualTo(want.identity());
            assertThat(got.powerState()).as("power of %s", want.name()).isEqualTo(want.powerState());
            assertThat(got.template()).as("template flag of %s", want.name()).isEqualTo(want.template());
            assertThat(got.vcpus()).as("vCPUs of %s", want.name()).isEqualTo(want.vcpus());
            assertThat(got.coresPerSocket()).as("cores per socket of %s", want.name()).isEqualTo(want.coresPerSocket());
            assertThat(got.memory()).as("memory of %s", want.name()).isEqualTo(want.memory());
            assertThat(got.firmware()).as("firmware of %s", want.name()).isEqualTo(want.firmware());
            assertThat(got.guestOs()).as("guest OS of %s", want.name()).isEqualTo(want.guestOs());
            assertThat(got.hardwareVersion()).as("HW version of %s", want.name()).isEqualTo(want.hardwareVersion());
            assertThat(got.placement()).as("placement of %s", want.name()).isEqualTo(want.placement());
            assertThat(got.annotation()).as("annotation of %s", want.name()).isEqualTo(want.annotation());
            assertThat(got.disks()).as("disks of %s", want.name()).isEqualTo(want.disks());
            assertThat(got.nics()).as("NICs of %s", want.name()).isEqualTo(want.nics());
            assertThat(got.partitions()).as("partitions of %s", want.name()).isEqualTo(want.partitions());
            assertThat(got.provisioned()).as("provisioned of %s", want.name()).isEqualTo(want.provisioned());
            assertThat(got.inUse()).as("in use of %s", want.name()).isEqualTo(want.inUse());
            // RVTools writes custom attributes and tag categories alike as columns: both read as attributes
            Map<String, String> columns = new LinkedHashMap<>(want.customAttributes());
            want.tags().forEach(t -> columns.put(t.category(), t.name()));
            assertThat(got.customAttributes()).as("attribute columns of %s", want.name()).isEqualTo(columns);
        }
        assertThat(imported.hosts()).isEqualTo(estate.hosts());
    }
}
