package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.reports.xlsx.CellValue;
import dev.cloudfit.reports.xlsx.SheetRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * A sheet's header row: finds columns by any of their historical names. Empty header cells are
 * ignored and, when a name repeats (a custom attribute called like a standard column), the first wins.
 */
final class HeaderRow {

    private final String sheet;
    private final long rowNumber;
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> folded = new HashMap<>();
    private final Map<String, Integer> unprefixed = new HashMap<>();

    HeaderRow(String sheet, SheetRow row) {
        this.sheet = sheet;
        this.rowNumber = row.rowNumber();
        for (int i = 0; i < row.cells().size(); i++) {
            CellValue c = row.cell(i);
            String name = c == null ? "" : c.text().trim();
            names.add(name);
            if (name.isEmpty()) {
                continue;
            }
            String f = HeaderName.fold(name);
            folded.putIfAbsent(f, i);
            unprefixed.putIfAbsent(HeaderName.withoutSheetPrefix(f, sheet), i);
        }
    }

    String sheet() {
        return sheet;
    }

    long rowNumber() {
        return rowNumber;
    }

    int width() {
        return names.size();
    }

    /** The header text of a column as the file spells it. */
    String name(int column) {
        return column >= 0 && column < names.size() ? names.get(column) : "";
    }

    /** The first column matching any candidate name (display names or DBColumnNames), or empty. */
    OptionalInt find(String... candidates) {
        for (String candidate : candidates) {
            Integer i = folded.get(HeaderName.fold(candidate));
            if (i != null) {
                return OptionalInt.of(i);
            }
        }
        for (String candidate : candidates) {
            Integer i = unprefixed.get(HeaderName.withoutSheetPrefix(HeaderName.fold(candidate), sheet));
            if (i != null) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /** The column index or -1. */
    int index(String... candidates) {
        return find(candidates).orElse(-1);
    }
}
