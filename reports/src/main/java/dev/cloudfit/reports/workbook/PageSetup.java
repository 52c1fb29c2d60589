package dev.cloudfit.reports.workbook;

import java.util.List;
import java.util.function.Predicate;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Printing and PDF export: landscape, all columns on one page width, the header row repeated on
 * every page, so that a printed VMs sheet stays readable past page one.
 */
final class PageSetup {

    private PageSetup() {
    }

    static void landscapeFitWidth(Sheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(false);
    }

    /**
     * Prints only the key columns: each run of detail columns (by header) becomes a collapsed outline group,
     * which neither prints nor takes screen room until a reader expands it with the group's +; the print
     * area spans the table. Columns keep their order (filters and readers by header are unaffected).
     */
    static void keyColumnsOnly(Sheet sheet, List<String> headers, Predicate<String> detail, int lastRow) {
        int c = 0;
        while (c < headers.size()) {
            if (!detail.test(headers.get(c))) {
                c++;
                continue;
            }
            int first = c;
            while (c + 1 < headers.size() && detail.test(headers.get(c + 1))) {
                c++;
            }
            // column by column: POI hides only the first column of a multi-column <col> span it grouped;
            // adjacent columns at the same outline level still form one group with one + button
            for (int hidden = first; hidden <= c; hidden++) {
                sheet.groupColumn(hidden, hidden);
                sheet.setColumnHidden(hidden, true);
            }
            c++;
        }
        Workbook wb = sheet.getWorkbook();
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, headers.size() - 1, 0, Math.max(0, lastRow));
    }

    static void repeatHeader(Sheet sheet, int headerRow) {
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
}
