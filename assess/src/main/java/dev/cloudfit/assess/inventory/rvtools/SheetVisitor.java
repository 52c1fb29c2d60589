package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.reports.xlsx.SheetRow;
import java.util.BitSet;

/** What one sheet reader does with a sheet: learn its header, then take its data rows. */
interface SheetVisitor {

    /**
     * Called once with the header row; returns the columns worth decoding (null for all). May
     * throw when a column the sheet cannot do without is missing.
     */
    BitSet header(SheetContext sheet);

    /** Called for every data row that is not blank, in order. */
    void row(SheetContext sheet, SheetRow row);
}
