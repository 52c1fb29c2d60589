package dev.cloudfit.reports.workbook;

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

    static void repeatHeader(Sheet sheet, int headerRow) {
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
    }
}
