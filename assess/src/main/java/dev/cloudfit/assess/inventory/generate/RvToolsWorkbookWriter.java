package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.reports.csv.CsvTableOutput;
import dev.cloudfit.reports.table.SheetOutput;
import dev.cloudfit.reports.table.TableOutput;
import dev.cloudfit.reports.xlsx.XlsxStreamWriter;
import dev.cloudfit.reports.xlsx.XlsxStrings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a generated estate the way RVTools 4.7 exports one: sheets {@code vInfo, vCPU, vMemory,
 * vDisk, vPartition, vNetwork, vHost, vMetaData} with RVTools' header names in RVTools' order (a
 * representative subset of columns), sizes as MiB numbers, booleans as the text
 * {@code True}/{@code False}, dates as Excel dates. As an xlsx workbook, or as "Export all to csv"
 * does: one {@code RVTools_tab<sheet>.csv} per sheet in a folder or a zip. Like RVTools (and Excel),
 * the xlsx keeps its text in a shared-strings table, so the sheets hold indexes.
 *
 * <p>One pass: each VM is generated once and its rows go to all VM sheets at the same time (the
 * outputs stream every sheet in parallel), then the host totals. Memory stays flat whatever the
 * VM count, but for the xlsx's table of distinct texts: 50,000 VMs make 782,000 of them, and the
 * writer's heap peaks at about 260 MiB while the table is written (measured with {@code -Xmx400m}).
 */
public final class RvToolsWorkbookWriter {

    /** The RVTools release whose layout is imitated, as its vMetaData sheet names it. */
    public static final String RVTOOLS_VERSION = "4.7.1.4";
    public static final String RVTOOLS_MAJOR_VERSION = "4.7";

    static final List<String> SHEET_ORDER =
            List.of("vInfo", "vCPU", "vMemory", "vDisk", "vPartition", "vNetwork", "vHost", "vMetaData");

    private RvToolsWorkbookWriter() {
    }

    /** The CSV file name RVTools gives a sheet: {@code RVTools_tabvInfo.csv}. */
    public static String csvFileName(String sheet) {
        return "RVTools_tab" + sheet + ".csv";
    }

    /** Writes an xlsx workbook at {@code file} (its folder must exist), replacing any file there. */
    public static Map<String, Long> writeXlsx(EstateGenerator estate, Path file) throws IOException {
        try (XlsxStreamWriter out = XlsxStreamWriter.open(file,
                estate.settings().exportedAt().toInstant(ZoneOffset.UTC), XlsxStrings.SHARED_TABLE)) {
            return write(estate, out);
        }
    }

    /** Writes the CSV export into {@code folder}, which must exist. */
    public static Map<String, Long> writeCsvFolder(EstateGenerator estate, Path folder) throws IOException {
        try (CsvTableOutput out = CsvTableOutput.intoFolder(folder, RvToolsWorkbookWriter::csvFileName)) {
            return write(estate, out);
        }
    }

    /** Writes the CSV export as one zip archive at {@code zipFile} (its folder must exist). */
    public static Map<String, Long> writeCsvZip(EstateGenerator estate, Path zipFile) throws IOException {
        try (CsvTableOutput out = CsvTableOutput.intoZip(zipFile, RvToolsWorkbookWriter::csvFileName,
                estate.settings().exportedAt().toInstant(ZoneOffset.UTC))) {
            return write(estate, out);
        }
    }

    /**
     * Writes every sheet to {@code out} and commits it.
     *
     * @return the data rows written per sheet, in sheet order
     */
    public static Map<String, Long> write(EstateGenerator estate, TableOutput out) throws IOException {
        Objects.requireNonNull(estate, "estate");
        RvToolsVmColumns common = new RvToolsVmColumns(estate.vcenter(), estate.vcenterUuid(),
                estate.customAttributeNames(), estate.tagCategories());
        List<RvToolsVmSheet> vmSheets = List.of(new VInfoSheet(common), new VCpuSheet(common), new VMemorySheet(common),
                new VDiskSheet(common), new VPartitionSheet(common), new VNetworkSheet(common));
        List<SheetOutput> outputs = new ArrayList<>();
        for (RvToolsVmSheet sheet : vmSheets) {
            outputs.add(out.addSheet(sheet.name(), sheet.headers()));
        }
        SheetOutput hostOut = out.addSheet("vHost", VHostSheet.HEADERS);
        SheetOutput metaOut = out.addSheet("vMetaData",
                List.of("RVTools major version", "RVTools version", "xlsx creation datetime", "Server"));

        VHostSheet hosts = new VHostSheet(estate.topology());
        for (int i = 0; i < estate.vmCount(); i++) {
            GeneratedVm vm = estate.vm(i);
            for (int s = 0; s < vmSheets.size(); s++) {
                vmSheets.get(s).write(vm, outputs.get(s));
            }
            hosts.count(vm.vm());
        }
        hosts.write(hostOut);
        metaOut.row(new RowCells().text(RVTOOLS_MAJOR_VERSION).text(RVTOOLS_VERSION)
                .time(estate.settings().exportedAt()).text(estate.vcenter()).cells());
        out.commit();

        Map<String, Long> rows = new LinkedHashMap<>();
        outputs.forEach(o -> rows.put(o.name(), o.rowCount()));
        rows.put(hostOut.name(), hostOut.rowCount());
        rows.put(metaOut.name(), metaOut.rowCount());
        return rows;
    }
}
