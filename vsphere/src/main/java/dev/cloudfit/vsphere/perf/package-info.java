/**
 * vCenter's PerformanceManager: the counter catalogue ({@link dev.cloudfit.vsphere.perf.CounterCatalogue},
 * read once per session), the historical intervals, {@code QueryAvailablePerfMetric},
 * {@code QueryPerfProviderSummary} and {@code QueryPerf} split into calls that respect the server's
 * {@code config.vpxd.stats.maxQueryMetrics}. Entry point: {@link dev.cloudfit.vsphere.perf.PerformanceManager}.
 * Samples stream from the XML into a {@link dev.cloudfit.vsphere.perf.PerfSeriesSink} one series at a
 * time; no response is held whole.
 */
package dev.cloudfit.vsphere.perf;
