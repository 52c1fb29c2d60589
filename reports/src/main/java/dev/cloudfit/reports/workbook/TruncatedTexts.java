package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.plan.CellText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a workbook had to cut text to the {@value CellText#MAX_LENGTH} characters a cell holds: a
 * count, and the sheets and the first few texts (their opening words), for the one warning line the
 * command prints.
 */
final class TruncatedTexts {

    private static final int SAMPLES = 3;

    private final Set<String> sheets = new LinkedHashSet<>();
    private final List<String> samples = new ArrayList<>();
    private long count;

    /** The storable form of {@code raw}, noting where it was cut. */
    String storable(String sheet, String raw) {
        if (CellText.tooLong(raw)) {
            count++;
            sheets.add(sheet);
            if (samples.size() < SAMPLES) {
                samples.add("'" + CellText.storable(raw.substring(0, 24)) + "…' (" + raw.length() + " characters)");
            }
        }
        return CellText.storable(raw);
    }

    /** One line for the user, or none when nothing was cut. */
    List<String> warnings() {
        if (count == 0) {
            return List.of();
        }
        return List.of(count + " text" + (count == 1 ? "" : "s") + " longer than a cell holds ("
                + CellText.MAX_LENGTH + " characters) cut and marked '" + CellText.TRUNCATED_MARK.trim() + " ...]' in "
                + String.join(", ", sheets) + ": " + String.join(", ", samples));
    }
}
