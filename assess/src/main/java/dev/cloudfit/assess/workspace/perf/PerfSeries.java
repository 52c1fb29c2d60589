package dev.cloudfit.assess.workspace.perf;

import java.util.Objects;

/**
 * A series and what is known about it: its unit as vCenter names it ({@code percent}, {@code number}
 * for IOPS, {@code kiloBytesPerSecond}), its source and a free detail ({@code "statistics level 1"}).
 */
public record PerfSeries(SeriesKey key, String unit, SeriesSource source, String sourceDetail) {

    public PerfSeries {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceDetail, "sourceDetail");
    }
}
