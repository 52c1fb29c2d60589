package dev.cloudfit.assess.inventory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where an inventory came from and how much to trust it: the kind of source, the file (or vCenter)
 * name, the SHA-256 of the input, the detected format version, which sheets or APIs fed which
 * fields ({@code fieldSources}: field name to sources, in the order used), the warnings (a sample
 * when there are many) and how many warnings of each code there were in all.
 */
public record InventorySource(
        String kind,
        String name,
        String sha256,
        String formatVersion,
        Map<String, List<String>> fieldSources,
        List<ImportWarning> warnings,
        Map<String, Long> warningCounts) {

    public static final String RVTOOLS_XLSX = "rvtools-xlsx";
    public static final String RVTOOLS_CSV = "rvtools-csv";
    public static final String AZURE_MIGRATE_CSV = "azure-migrate-csv";
    public static final String VCENTER = "vcenter";
    public static final String GENERATED = "generated";

    public InventorySource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        fieldSources = Map.copyOf(fieldSources);
        warnings = List.copyOf(warnings);
        warningCounts = Map.copyOf(warningCounts);
    }

    /** A source whose warnings are all listed: the counts are taken from the list. */
    public InventorySource(String kind, String name, String sha256, String formatVersion,
            Map<String, List<String>> fieldSources, List<ImportWarning> warnings) {
        this(kind, name, sha256, formatVersion, fieldSources, warnings, countByCode(warnings));
    }

    private static Map<String, Long> countByCode(List<ImportWarning> warnings) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ImportWarning w : warnings) {
            counts.merge(w.code(), 1L, Long::sum);
        }
        return counts;
    }

    /** All warnings, counted, including those not kept in the sample. */
    public long warningTotal() {
        return warningCounts.values().stream().mapToLong(Long::longValue).sum();
    }
}
