package dev.cloudfit.reports.workbook;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Sheet protection without a password: a guard against slips (typing over a price), not
 * security; anyone can lift it from the Review menu. What really protects the approved plan is
 * the manifest's fingerprints, checked when the workbook is read back. Filtering, sorting,
 * resizing columns and selecting stay allowed.
 */
final class Protection {

    private Protection() {
    }

    static void protect(Sheet sheet) {
        if (sheet instanceof SXSSFSheet s) {
            s.enableLocking();
            s.lockAutoFilter(false);
            s.lockSort(false);
            s.lockFormatColumns(false);
            s.lockFormatRows(false);
            s.lockSelectLockedCells(false);
            s.lockSelectUnlockedCells(false);
        } else if (sheet instanceof XSSFSheet s) {
            s.enableLocking();
            s.lockAutoFilter(false);
            s.lockSort(false);
            s.lockFormatColumns(false);
            s.lockFormatRows(false);
            s.lockSelectLockedCells(false);
            s.lockSelectUnlockedCells(false);
            s.lockObjects(false);
        } else {
            throw new IllegalArgumentException("not an .xlsx sheet: " + sheet.getClass().getName());
        }
    }
}
