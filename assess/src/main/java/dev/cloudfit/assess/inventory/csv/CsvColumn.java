package dev.cloudfit.assess.inventory.csv;

import java.util.Objects;

/**
 * A column found in a CSV header: its 0-based position and its header text as the file spells it
 * (error messages quote the user's own spelling).
 */
public record CsvColumn(int index, String header) {

    public CsvColumn {
        if (index < 0) {
            throw new IllegalArgumentException("column index cannot be negative: " + index);
        }
        Objects.requireNonNull(header, "header");
    }
}
