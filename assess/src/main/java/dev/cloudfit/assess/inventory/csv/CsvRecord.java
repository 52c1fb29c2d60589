package dev.cloudfit.assess.inventory.csv;

import java.util.List;

/**
 * One CSV record: its fields, unquoted and untrimmed, and the physical line it starts on (1-based,
 * counting every line of the file, so it is the line a text editor shows; it is also the row a
 * spreadsheet shows until a quoted value spans several lines).
 */
public record CsvRecord(long line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** The field at {@code index}, or an empty string when the record is shorter. */
    public String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    /** True when every field is empty or white space (Excel writes {@code ,,,,} for empty rows). */
    public boolean isBlank() {
        for (String f : fields) {
            if (!f.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
