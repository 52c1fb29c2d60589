package dev.cloudfit.assess.inventory;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where an inventory came from and how much to trust it: the kind of source, the file (or vCenter)
 * name, the SHA-256 of the input, the detected format version, which sheets or APIs fed which
 * fields ({@code fieldSources}: field name to source names, in the order used), and the warnings.
 */
public record InventorySource(
        String kind,
        String name,
        String sha256,
        String formatVersion,
        Map<String, List<String>> fieldSources,
        List<ImportWarning> warnings) {

    public static final String RVTOOLS_XLSX = "rvtools-xlsx";
    public static final String RVTOOLS_CSV = "rvtools-csv";
    public static final String AZURE_MIGRATE_CSV = "azure-migrate-csv";
    public static final String VCENTER = "vcenter";

    public InventorySource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        fieldSources = Map.copyOf(fieldSources);
        warnings = List.copyOf(warnings);
    }
}
