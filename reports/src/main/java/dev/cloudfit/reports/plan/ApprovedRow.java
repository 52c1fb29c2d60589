package dev.cloudfit.reports.plan;

import dev.cloudfit.reports.model.PlanRow;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A Migration Plan row an admin approved: the assessed target, exactly as written and verified
 * against the manifest, and who approved it when.
 *
 * @param sheetRow the row number as the spreadsheet shows it (header is row 1)
 */
public record ApprovedRow(long sheetRow, PlanRow plan, String approvedBy, LocalDate approvedOn) {

    public ApprovedRow {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedOn, "approvedOn");
    }
}
