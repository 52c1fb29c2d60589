package dev.cloudfit.assess.inventory.azmigrate;

import dev.cloudfit.assess.inventory.csv.CsvColumn;
import dev.cloudfit.assess.inventory.csv.CsvHeader;
import dev.cloudfit.assess.inventory.csv.HeaderNames;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.core.units.DataSize;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each template column is in one file, and in which unit its values are. Headers match after
 * {@link HeaderNames#normalize normalization} and with any unit suffix set apart, so both template
 * variants read: {@code *Memory (In MB)} and {@code Memory}, {@code *Server name} and
 * {@code Server Name}. Disk groups {@code Disk 1} to {@code Disk 20} are found by pattern.
 * Columns that are not read into the model are kept as custom attributes: the template's
 * informational ones silently, any other with a warning (it may be a misspelt template column).
 */
final class AzureMigrateColumns {

    /** The most disk groups the template has. */
    static final int MAX_DISKS = 20;

    /** A column with the number of bytes (or bytes per second) one unit of its values is. */
    record Measured(CsvColumn column, double bytesPerUnit) {
    }

    private static final Pattern SUFFIX = Pattern.compile("^(.*?)\\s*\\(([^()]*)\\)$");
    private static final Pattern DISK = Pattern.compile("^disk (\\d+) (.+)$");
    private static final Pattern INFORMATIONAL = Pattern.compile(
            "^(os architecture|hypervisor version number|hypervisor version|mac address(es)?|custom server id"
            + "|business unit|business owner|business application name|location|server decommission date"
            + "|application \\d+ (name|type|version|license expiration|license expiry))$");

    private final Map<AzureMigrateField, Measured> fields = new EnumMap<>(AzureMigrateField.class);
    private final SortedMap<Integer, Map<DiskMetric, Measured>> disks = new TreeMap<>();
    private final List<CsvColumn> informational = new ArrayList<>();
    private final List<CsvColumn> unrecognised = new ArrayList<>();
    private int suffixed;
    private int unsuffixed;

    private AzureMigrateColumns() {
    }

    /**
     * Resolves the header of {@code file}, whose header record starts on {@code headerLine}.
     *
     * @throws BadInputException when a mandatory column is missing, a column appears twice under
     *     two spellings, or a unit suffix is not understood
     */
    static AzureMigrateColumns resolve(CsvHeader header, InputLocation headerRow) {
        AzureMigrateColumns c = new AzureMigrateColumns();
        for (CsvColumn column : header.columns()) {
            c.place(column, headerRow);
        }
        List<String> missing = new ArrayList<>();
        for (AzureMigrateField f : AzureMigrateField.values()) {
            if (f.mandatory() && !c.fields.containsKey(f)) {
                missing.add("'" + f.templateHeader() + "'");
            }
        }
        if (!missing.isEmpty()) {
            throw new BadInputException(headerRow, (missing.size() == 1 ? "the mandatory column " : "the mandatory columns ")
                    + String.join(", ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " missing from the header; is this an Azure Migrate import file?");
        }
        return c;
    }

    /** The column of {@code field}, or null when the file does not have it. */
    CsvColumn column(AzureMigrateField field) {
        Measured m = fields.get(field);
        return m == null ? null : m.column();
    }

    Optional<Measured> measured(AzureMigrateField field) {
        return Optional.ofNullable(fields.get(field));
    }

    /** Every column whose values are numbers, to learn the file's decimal convention from. */
    List<CsvColumn> numericColumns() {
        List<CsvColumn> numeric = new ArrayList<>();
        fields.forEach((field, m) -> {
            if (field.kind() != AzureMigrateField.Kind.TEXT) {
                numeric.add(m.column());
            }
        });
        disks.values().forEach(group -> group.values().forEach(m -> numeric.add(m.column())));
        return numeric;
    }

    /** Disk group numbers present, ascending, each with the metrics it has. */
    SortedMap<Integer, Map<DiskMetric, Measured>> disks() {
        return disks;
    }

    /** Columns kept as custom attributes: informational template columns, then unknown ones. */
    List<CsvColumn> attributeColumns() {
        List<CsvColumn> all = new ArrayList<>(informational);
        all.addAll(unrecognised);
        return all;
    }

    /** Columns that are not part of the template as cloudfit knows it. */
    List<CsvColumn> unrecognised() {
        return List.copyOf(unrecognised);
    }

    /**
     * Which template variant the headers follow: with unit suffixes ({@code *Memory (In MB)}, the
     * current download), without ({@code Memory}, the older one), or a mix of both.
     */
    String variant() {
        if (suffixed > 0 && unsuffixed > 0) {
            return "template headers, mixed: some with unit suffixes";
        }
        return suffixed > 0 ? "template headers with unit suffixes" : "template headers without unit suffixes";
    }

    private void place(CsvColumn column, InputLocation headerRow) {
        String normalized = HeaderNames.normalize(column.header());
        if (normalized.isEmpty()) {
            return;
        }
        String base = normalized;
        String suffix = null;
        Matcher m = SUFFIX.matcher(normalized);
        if (m.matches()) {
            base = m.group(1);
            suffix = m.group(2);
        }
        for (AzureMigrateField f : AzureMigrateField.values()) {
            if (f.names().contains(base)) {
                Measured previous = fields.put(f, measure(column, f.kind(), suffix, headerRow));
                if (previous != null) {
                    throw duplicate(headerRow, previous.column(), column);
                }
                return;
            }
        }
        Matcher d = DISK.matcher(base);
        if (d.matches() && d.group(1).length() <= 3) {
            int n = Integer.parseInt(d.group(1));
            Optional<DiskMetric> metric = DiskMetric.byName(d.group(2));
            if (metric.isPresent() && n >= 1 && n <= MAX_DISKS) {
                Map<DiskMetric, Measured> group = disks.computeIfAbsent(n, k -> new EnumMap<>(DiskMetric.class));
                Measured previous = group.put(metric.get(), measure(column, metric.get().kind(), suffix, headerRow));
                if (previous != null) {
                    throw duplicate(headerRow, previous.column(), column);
                }
                return;
            }
        }
        if (INFORMATIONAL.matcher(base).matches()) {
            informational.add(column);
        } else {
            unrecognised.add(column);
        }
    }

    private Measured measure(CsvColumn column, AzureMigrateField.Kind kind, String suffix, InputLocation headerRow) {
        double unit = switch (kind) {
            case SIZE_MB, SIZE_GB -> {
                countVariant(suffix);
                long fallback = kind == AzureMigrateField.Kind.SIZE_MB ? DataSize.MIB : DataSize.GIB;
                yield suffix == null ? fallback : HeaderUnit.size(suffix)
                        .orElseThrow(() -> unknownUnit(headerRow, column, suffix));
            }
            case RATE_MB -> suffix == null ? DataSize.MIB : HeaderUnit.rate(suffix)
                    .orElseThrow(() -> unknownUnit(headerRow, column, suffix));
            default -> 1;
        };
        return new Measured(column, unit);
    }

    private void countVariant(String suffix) {
        if (suffix == null) {
            unsuffixed++;
        } else {
            suffixed++;
        }
    }

    private static BadInputException unknownUnit(InputLocation headerRow, CsvColumn column, String suffix) {
        return new BadInputException(headerRow.atColumn(column.header()),
                "the unit '" + suffix + "' is not understood; use MB or GB for sizes, MB per second for throughput");
    }

    private static BadInputException duplicate(InputLocation headerRow, CsvColumn first, CsvColumn second) {
        return new BadInputException(headerRow.atColumn(second.header()), "this column gives the same figure as"
                + " column '" + first.header() + "'; keep only one of them");
    }
}
