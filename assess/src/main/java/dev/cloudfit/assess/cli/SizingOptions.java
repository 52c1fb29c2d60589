package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.catalog.DiskType;
import dev.cloudfit.assess.catalog.VmSeries;
import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.sizing.settings.Percentile;
import dev.cloudfit.assess.sizing.settings.SizingCriterion;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The sizing settings {@code assess} takes from its command line, so that a workspace can be
 * re-assessed with another percentile, window or comfort factor without collecting again (its
 * summaries are cached per window). Unset options keep {@link AssessmentSettings#defaults()}.
 */
final class SizingOptions {

    private static final List<Integer> PERCENTILES = List.of(50, 90, 95, 99);

    @Option(names = "--criterion", paramLabel = "performance|as-on-premises",
            description = "Sizing criterion (default: performance with a workspace's history, else as-on-premises).")
    String criterion;

    @Option(names = "--percentile", paramLabel = "50|90|95|99",
            description = "Utilisation percentile for performance-based sizing (default: 95).")
    Integer percentile;

    @Option(names = "--window", paramLabel = "day|week|month|Nd",
            description = "History looked at, ending where the workspace's history ends: 1 day, 1 week, 1 month"
                    + " (30 days) or N days (default: month).")
    String window;

    @Option(names = "--comfort-factor", paramLabel = "X",
            description = "Headroom multiplied onto the utilisation, in (0, 10] (default: 1.3).")
    Double comfortFactor;

    @Option(names = "--series", paramLabel = "LIST", split = ",",
            description = "Only these VM series as targets, e.g. Dsv5,Esv5,Dasv6 (default: every series in the catalog).")
    List<String> series;

    @Option(names = "--include-burstable",
            description = "Let B-series (burstable) sizes be chosen (default: left out, as Azure Migrate does).")
    boolean includeBurstable;

    @Option(names = "--hours-per-month", paramLabel = "N",
            description = "Hours a VM runs per month, 1..744 (default: 730), for pay-as-you-go, Dev/Test and licence"
                    + " charges; reservations, savings plans and disks bill the whole month. The workbook keeps it editable.")
    Integer hoursPerMonth;

    @Option(names = "--disk-redundancy", paramLabel = "LRS|ZRS", description = "Managed disk redundancy (default: LRS).")
    String diskRedundancy;

    /**
     * Refuses a {@code --series} name the catalog has no sizes for: a typo would otherwise leave every VM without a
     * target ("Not ready") and still exit 0.
     */
    void requireKnownSeries(AzureCatalog catalog, CommandSpec spec) {
        if (series == null) {
            return;
        }
        Set<VmSeries> known = catalog.series();
        List<String> unknown = series.stream().filter(s -> !s.isBlank() && !known.contains(VmSeries.of(s))).toList();
        if (!unknown.isEmpty()) {
            throw usage(spec, "--series: " + String.join(", ", unknown) + (unknown.size() == 1 ? " is" : " are")
                    + " not a VM series of the catalog (" + known.size() + " known: "
                    + known.stream().map(VmSeries::toString).collect(Collectors.joining(", ")) + ")");
        }
    }

    @Option(names = "--disk-types", paramLabel = "LIST", split = ",",
            description = "Disk types a measured disk may get: standard-hdd, standard-ssd, premium, premium-v2, ultra"
                    + " (default: standard-hdd,standard-ssd,premium).")
    List<String> diskTypes;

    /** {@code base} with every option given applied; usage errors name the option. */
    AssessmentSettings apply(AssessmentSettings base, boolean hasHistory, CommandSpec spec) {
        AssessmentSettings.Builder b = base.toBuilder();
        SizingCriterion c = hasHistory ? SizingCriterion.PERFORMANCE_BASED : SizingCriterion.AS_ON_PREMISES;
        if (criterion != null) {
            c = switch (criterion.toLowerCase(Locale.ROOT)) {
                case "performance", "performance-based" -> SizingCriterion.PERFORMANCE_BASED;
                case "as-on-premises", "as-on-prem" -> SizingCriterion.AS_ON_PREMISES;
                default -> throw usage(spec, "--criterion: performance or as-on-premises, not '" + criterion + "'");
            };
            if (c == SizingCriterion.PERFORMANCE_BASED && !hasHistory) {
                throw usage(spec, "--criterion performance needs performance data: give --workspace DIR with collected "
                        + "or generated samples, or an Azure Migrate CSV with utilisation columns");
            }
        }
        b.criterion(c);
        if (percentile != null) {
            if (!PERCENTILES.contains(percentile)) {
                throw usage(spec, "--percentile: one of 50, 90, 95, 99, not " + percentile);
            }
            b.percentile(Percentile.of(percentile));
        }
        if (window != null) {
            b.window(window(spec));
        }
        if (comfortFactor != null) {
            if (!(comfortFactor > 0) || comfortFactor > 10) {
                throw usage(spec, "--comfort-factor: a number in (0, 10], not " + comfortFactor);
            }
            b.comfortFactor(comfortFactor);
        }
        if (series != null) {
            Set<VmSeries> allowed = new LinkedHashSet<>();
            for (String s : series) {
                if (s.isBlank()) {
                    throw usage(spec, "--series: an empty series name in '" + String.join(",", series) + "'");
                }
                allowed.add(VmSeries.of(s));
            }
            b.seriesAllowList(allowed);
        }
        if (includeBurstable) {
            b.includeBurstable(true);
        }
        if (hoursPerMonth != null) {
            if (hoursPerMonth < 1 || hoursPerMonth > 744) {
                throw usage(spec, "--hours-per-month: 1..744, not " + hoursPerMonth);
            }
            b.hoursPerMonth(hoursPerMonth);
        }
        if (diskRedundancy != null) {
            try {
                b.diskRedundancy(DiskRedundancy.valueOf(diskRedundancy.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw usage(spec, "--disk-redundancy: LRS or ZRS, not '" + diskRedundancy + "'");
            }
        }
        if (diskTypes != null) {
            Set<DiskType> allowed = EnumSet.noneOf(DiskType.class);
            for (String t : diskTypes) {
                allowed.add(DiskTypeNames.parse(t).orElseThrow(() -> usage(spec, "--disk-types: one of "
                        + DiskTypeNames.ACCEPTED + ", not '" + t + "'")));
            }
            b.diskTypes(allowed);
        }
        return b.build();
    }

    private Duration window(CommandSpec spec) {
        String w = window.toLowerCase(Locale.ROOT).strip();
        switch (w) {
            case "day":
                return Duration.ofDays(1);
            case "week":
                return Duration.ofDays(7);
            case "month":
                return Duration.ofDays(30);
            default:
                if (w.matches("[0-9]{1,3}d")) {
                    int days = Integer.parseInt(w.substring(0, w.length() - 1));
                    if (days >= 1 && days <= 366) {
                        return Duration.ofDays(days);
                    }
                }
                throw usage(spec, "--window: day, week, month or N days as Nd (1d..366d), not '" + window + "'");
        }
    }

    private static ParameterException usage(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
