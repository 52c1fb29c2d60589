package dev.cloudfit.assess.inventory.rvtools;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Builds small RVTools-like workbooks for tests, cell by cell: numbers stay numbers, strings stay
 * strings, {@code Formula} values become formula cells with a cached result.
 */
final class TestWorkbook {

    /** A formula cell: the formula and the value Excel last calculated for it (null for none). */
    record Formula(String formula, Object cached) {
    }

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    TestWorkbook sheet(String name, List<Object> header, List<?>... rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(header);
        for (List<?> r : rows) {
            all.add(new ArrayList<>(r));
        }
        sheets.put(name, all);
        return this;
    }

    /** Appends rows to a sheet already added. */
    TestWorkbook rows(String name, List<List<Object>> rows) {
        sheets.get(name).addAll(rows);
        return this;
    }

    Path write(Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            for (var e : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(e.getKey());
                int r = 0;
                for (List<Object> values : e.getValue()) {
                    Row row = sheet.createRow(r++);
                    if (values == null) {
                        continue;
                    }
                    for (int c = 0; c < values.size(); c++) {
                        set(row, c, values.get(c));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return file;
    }

    private static void set(Row row, int column, Object v) {
        if (v == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else if (v instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (v instanceof Formula f) {
            cell.setCellFormula(f.formula());
            // on a formula cell, SXSSF keeps a number set afterwards as the formula's cached result
            if (f.cached() instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (f.cached() instanceof String t) {
                cell.setCellValue(t); // "" stands for a formula saved without a calculated value
            }
        } else {
            cell.setCellValue(v.toString());
        }
    }

    /** The 4.x vInfo header subset most tests need. */
    static List<Object> vinfoHeader() {
        return List.of("VM", "Powerstate", "Template", "SRM Placeholder", "CPUs", "Memory", "NICs", "Disks",
                "Provisioned MiB", "In Use MiB", "Firmware", "HW version", "Annotation", "owner", "app",
                "Datacenter", "Cluster", "Host", "Folder", "OS according to the configuration file",
                "OS according to the VMware Tools", "VM ID", "VM UUID", "VI SDK Server", "VI SDK UUID");
    }

    static List<Object> vinfoRow(String name, String vmId, int cpus, double memoryMib) {
        return new ArrayList<>(List.of(name, "poweredOn", "False", "False", cpus, memoryMib, 1, 1,
                102_400, 51_200, "efi", "vmx-19", "", "alice", "crm", "DC1", "Cluster1", "esx01",
                "/DC1/vm/Prod", "Microsoft Windows Server 2019 (64-bit)", "Microsoft Windows Server 2019 (64-bit)",
                vmId, "5000" + vmId.replace("vm-", "") + "-0000-0000-0000-000000000000", "vc01.example.com",
                "11111111-2222-3333-4444-555555555555"));
    }
}
