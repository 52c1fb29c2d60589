package dev.cloudfit.assess.workspace.perf;

/**
 * The percentiles sizing offers (Azure Migrate's 50th, 90th, 95th, 99th), each an observed value
 * (nearest rank, see {@link PerfSummaries}).
 */
public record Percentiles(double p50, double p90, double p95, double p99) {

    /** The percentile by number: 50, 90, 95 or 99. */
    public double at(int percentile) {
        return switch (percentile) {
            case 50 -> p50;
            case 90 -> p90;
            case 95 -> p95;
            case 99 -> p99;
            default -> throw new IllegalArgumentException("percentile must be 50, 90, 95 or 99: " + percentile);
        };
    }
}
