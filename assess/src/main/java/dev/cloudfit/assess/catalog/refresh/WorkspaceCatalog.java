package dev.cloudfit.assess.catalog.refresh;

import dev.cloudfit.assess.catalog.AzureCatalog;
import java.nio.file.Path;

/**
 * The catalog an assessment uses: the newest one {@code catalog refresh} wrote into the workspace,
 * else the bundled one. Its version (date and description) goes on the report's Assumptions sheet.
 */
public final class WorkspaceCatalog {

    private WorkspaceCatalog() {
    }

    /** @param workspace the workspace folder, or null when the assessment has none */
    public static AzureCatalog forAssessment(Path workspace) {
        if (workspace == null) {
            return AzureCatalog.bundled();
        }
        return CatalogRefresh.latest(workspace).map(AzureCatalog::load).orElseGet(AzureCatalog::bundled);
    }
}
