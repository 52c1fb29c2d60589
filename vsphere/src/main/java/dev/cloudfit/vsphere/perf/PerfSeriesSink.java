package dev.cloudfit.vsphere.perf;

/**
 * Receives {@code QueryPerf} results one series at a time while the response streams in. The
 * {@link PerfSeriesChunk} is reused for the next series: copy what you keep. Called on the thread
 * that sent the query; calls for one query never overlap.
 */
@FunctionalInterface
public interface PerfSeriesSink {

    void accept(PerfSeriesChunk chunk);
}
