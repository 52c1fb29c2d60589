package dev.cloudfit.reports.plan;

import dev.cloudfit.reports.plan.signing.KeyFingerprint;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What a verified workbook approves: its id and model version from the manifest, how many plan
 * rows it has, the approved ones in sheet order, and the trusted key that signed it.
 */
public record ApprovedPlan(UUID workbookId, int modelVersion, long planRows, List<ApprovedRow> approved,
        KeyFingerprint signedBy) {

    public ApprovedPlan {
        Objects.requireNonNull(workbookId, "workbookId");
        Objects.requireNonNull(signedBy, "signedBy");
        approved = List.copyOf(approved);
    }
}
