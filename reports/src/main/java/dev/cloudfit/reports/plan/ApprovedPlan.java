package dev.cloudfit.reports.plan;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a verified workbook approves: its id and model version from the manifest, how many plan
 * rows it has, and the approved ones in sheet order.
 */
public record ApprovedPlan(UUID workbookId, int modelVersion, long planRows, List<ApprovedRow> approved) {

    public ApprovedPlan {
        Objects.requireNonNull(workbookId, "workbookId");
        approved = List.copyOf(approved);
    }
}
