package dev.cloudfit.reports.plan;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.reports.table.AtomicFiles;
import dev.cloudfit.reports.workbook.SheetNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What an admin does in Excel before a migration, done by program for {@code demo --migrate}: on the
 * Migration Plan rows of the given VMs (by Instance UUID) the VNet and Subnet are filled in and
 * Approved, Approved by and Approved on set. Only those yellow cells change; the assessed facts,
 * the manifest and its signature stay as written, so {@link ApprovedPlanReader} accepts the result.
 *
 * @param vnet       the VNet every approved row goes to
 * @param subnet     its subnet
 * @param approver   the name in Approved by
 * @param approvedOn the date in Approved on (written as text {@code yyyy-mm-dd})
 * @param testVnetPrefix when not empty, each approved row's Test VNet becomes this prefix and the VM's
 *                   name, made a valid VNet name (an isolated test network per VM); empty leaves the cell
 */
public record PlanApproval(String vnet, String subnet, String approver, LocalDate approvedOn, String testVnetPrefix) {

    public PlanApproval {
        Objects.requireNonNull(testVnetPrefix, "testVnetPrefix");
        Objects.requireNonNull(vnet, "vnet");
        Objects.requireNonNull(subnet, "subnet");
        Objects.requireNonNull(approver, "approver");
        Objects.requireNonNull(approvedOn, "approvedOn");
    }

    /** A Migration Plan row as assessed: what a demo needs to pick rows and stand in for their VMs. */
    public record PlanLine(String vm, String instanceUuid, String targetSize, List<String> diskTypes, String region,
                           String resourceGroup) {
    }

    /** @return the Migration Plan's rows in sheet order */
    public static List<PlanLine> lines(Path workbook) {
        List<PlanLine> lines = new java.util.ArrayList<>();
        try (InputStream read = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(read)) {
            Sheet plan = book.getSheet(SheetNames.PLAN);
            if (plan == null) {
                throw new BadInputException(InputLocation.of(workbook), "no sheet '" + SheetNames.PLAN + "'");
            }
            DataFormatter text = new DataFormatter();
            for (Row row : plan) {
                String uuid = text.formatCellValue(row.getCell(PlanColumn.INSTANCE_UUID.index())).trim();
                if (row.getRowNum() == 0 || uuid.isEmpty()) {
                    continue;
                }
                List<String> disks = java.util.Arrays.stream(text.formatCellValue(row.getCell(PlanColumn.DISK_TYPES.index()))
                        .split(";")).map(String::trim).filter(d -> !d.isEmpty()).toList();
                lines.add(new PlanLine(text.formatCellValue(row.getCell(PlanColumn.VM.index())), uuid,
                        text.formatCellValue(row.getCell(PlanColumn.TARGET_SIZE.index())), disks,
                        text.formatCellValue(row.getCell(PlanColumn.REGION.index())),
                        text.formatCellValue(row.getCell(PlanColumn.RESOURCE_GROUP.index()))));
            }
        } catch (IOException e) {
            throw new BadInputException(InputLocation.of(workbook), "cannot read: " + e.getMessage(), e);
        }
        return lines;
    }

    /**
     * Writes {@code out}: the workbook {@code in} with the rows of {@code instanceUuids} approved.
     *
     * @throws BadInputException naming the workbook when it has no Migration Plan or a VM is not on it
     */
    public void approve(Path in, List<String> instanceUuids, Path out) {
        Set<String> wanted = new HashSet<>(instanceUuids);
        Path temp;
        try {
            temp = AtomicFiles.tempFileBeside(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream read = Files.newInputStream(in); XSSFWorkbook book = new XSSFWorkbook(read)) {
            Sheet plan = book.getSheet(SheetNames.PLAN);
            if (plan == null) {
                throw new BadInputException(InputLocation.of(in), "no sheet '" + SheetNames.PLAN + "'");
            }
            DataFormatter text = new DataFormatter();
            for (Row row : plan) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String uuid = text.formatCellValue(row.getCell(PlanColumn.INSTANCE_UUID.index())).trim();
                if (wanted.remove(uuid)) {
                    set(row, PlanColumn.VNET, vnet);
                    set(row, PlanColumn.SUBNET, subnet);
                    if (!testVnetPrefix.isEmpty()) {
                        set(row, PlanColumn.TEST_VNET, testVnetName(testVnetPrefix
                                + text.formatCellValue(row.getCell(PlanColumn.VM.index())).trim()));
                    }
                    set(row, PlanColumn.APPROVED, "Yes");
                    set(row, PlanColumn.APPROVED_BY, approver);
                    set(row, PlanColumn.APPROVED_ON, approvedOn.toString());
                }
            }
            if (!wanted.isEmpty()) {
                throw new BadInputException(InputLocation.of(in), "sheet " + SheetNames.PLAN
                        + " has no row with Instance UUID " + wanted.iterator().next());
            }
            try (OutputStream write = Files.newOutputStream(temp)) {
                book.write(write);
            }
            AtomicFiles.moveIntoPlace(temp, out);
        } catch (IOException e) {
            discard(temp);
            throw new BadInputException(InputLocation.of(in), "cannot approve rows: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            discard(temp);
            throw e;
        }
    }

    /**
     * A VNet name from {@code wanted}: characters Azure refuses in one (anything but letters, digits,
     * {@code _ . -}) become {@code -}, then it is cut to 64 and trailing {@code - .} are dropped.
     */
    static String testVnetName(String wanted) {
        String name = wanted.replaceAll("[^A-Za-z0-9_.-]", "-");
        name = name.substring(0, Math.min(64, name.length()));
        return name.replaceAll("[-.]+$", "");
    }

    /**
     * A fresh cell with the old one's style: the writer stores text inline ({@code <is>}), and POI's
     * {@code setCellValue} on such a cell keeps the inline text beside the new value.
     */
    private static void set(Row row, PlanColumn column, String value) {
        Cell old = row.getCell(column.index());
        org.apache.poi.ss.usermodel.CellStyle style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        Cell cell = row.createCell(column.index());
        if (style != null) {
            cell.setCellStyle(style);
        }
        cell.setCellValue(value);
    }

    private static void discard(Path temp) {
        try {
            AtomicFiles.discard(temp);
        } catch (IOException ignored) {
            // the failure being reported matters more
        }
    }
}
