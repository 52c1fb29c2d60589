package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.model.DiskRow;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Disks sheet, streamed: one row per virtual disk of every VM (not-ready VMs included) with its
 * on-premises size, measured load, and the tier and size chosen for it.
 */
final class DiskSheetWriter {

    private static final List<String> HEADERS = List.of("VM", "Instance UUID", "Disk", "OS disk", "Provisioned",
            "IOPS (read + write)", "Throughput (MiB/s)", "Target tier", "Target size", "Monthly cost");

    private final Styles styles;

    DiskSheetWriter(Styles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, List<DiskRow> disks) {
        Table t = new Table(sheet, styles, 0, HEADERS);
        for (DiskRow d : disks) {
            t.newRow();
            t.text(0, d.vm().name());
            t.text(1, d.vm().instanceUuid());
            t.text(2, d.label());
            t.text(3, d.osDisk() ? "Yes" : "No");
            t.quantity(4, d.provisioned().toGibibytes(), styles.gib, 4);
            if (d.peakIops().isPresent()) {
                t.integer(5, d.peakIops().getAsLong());
            } else {
                t.text(5, Table.MISSING, styles.missing);
            }
            if (d.peakRate().isPresent()) {
                t.quantity(6, d.peakRate().get().toMebibytesPerSecond(), styles.decimal, 1);
            } else {
                t.text(6, Table.MISSING, styles.missing);
            }
            t.text(7, d.targetTier().orElse("none (see the VM's readiness)"));
            if (d.targetSize().isPresent()) {
                t.quantity(8, d.targetSize().get().toGibibytes(), styles.gib, 4);
            } else {
                t.text(8, Table.MISSING, styles.missing);
            }
            t.money(9, d.monthlyCost());
        }
        t.finish();
    }
}
