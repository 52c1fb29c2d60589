package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.reports.xlsx.SheetRow;
import java.util.BitSet;

/** vMetaData (RVTools 3.10+): the exact RVTools version that wrote the export. */
final class VMetaDataReader implements SheetVisitor {

    private int version;
    private String found;

    String version() {
        return found;
    }

    @Override
    public BitSet header(SheetContext s) {
        version = s.header().index(RvColumns.RVTOOLS_VERSION);
        return SheetWalker.columns(version);
    }

    @Override
    public void row(SheetContext s, SheetRow row) {
        if (found == null) {
            found = s.text(row, version);
        }
    }
}
