package dev.cloudfit.vsphere.perf;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.soap.StaxReading;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** StAX readers for the PerformanceManager's answers and data objects; names are vim25's. */
final class PerfReaders {

    private PerfReaders() {
    }

    /** {@code QueryAvailablePerfMetricResponse}: a list of {@code PerfMetricId}. */
    static SoapResponseReader<List<PerfMetricId>> availableMetrics() {
        return reader -> {
            List<PerfMetricId> out = new ArrayList<>();
            while (StaxReading.nextChild(reader)) {
                if (reader.getLocalName().equals("returnval")) {
                    out.add(metricId(reader));
                } else {
                    StaxReading.skipElement(reader);
                }
            }
            return out;
        };
    }

    /** {@code QueryPerfProviderSummaryResponse}. */
    static SoapResponseReader<PerfProviderSummary> providerSummary() {
        return reader -> {
            PerfProviderSummary summary = null;
            while (StaxReading.nextChild(reader)) {
                if (!reader.getLocalName().equals("returnval")) {
                    StaxReading.skipElement(reader);
                    continue;
                }
                ManagedObjectReference entity = null;
                boolean current = false;
                boolean historical = false;
                int refresh = -1;
                while (StaxReading.nextChild(reader)) {
                    switch (reader.getLocalName()) {
                        case "entity" -> entity = StaxReading.reference(reader);
                        case "currentSupported" -> current = StaxReading.booleanValue(reader);
                        case "summarySupported" -> historical = StaxReading.booleanValue(reader);
                        case "refreshRate" -> refresh = StaxReading.intValue(reader);
                        default -> StaxReading.skipElement(reader);
                    }
                }
                if (entity == null) {
                    throw new XMLStreamException("a PerfProviderSummary without its entity");
                }
                summary = new PerfProviderSummary(entity, current, historical,
                        refresh > 0 ? Optional.of(Duration.ofSeconds(refresh)) : Optional.empty());
            }
            if (summary == null) {
                throw new XMLStreamException("QueryPerfProviderSummary answered nothing");
            }
            return summary;
        };
    }

    /** {@code QueryOptionsResponse}: the integer value of the option named {@code key}, if listed. */
    static SoapResponseReader<OptionalInt> intOption(String key) {
        return reader -> {
            OptionalInt found = OptionalInt.empty();
            while (StaxReading.nextChild(reader)) {
                if (!reader.getLocalName().equals("returnval")) {
                    StaxReading.skipElement(reader);
                    continue;
                }
                String name = null;
                String value = null;
                while (StaxReading.nextChild(reader)) {
                    switch (reader.getLocalName()) {
                        case "key" -> name = StaxReading.text(reader).strip();
                        case "value" -> value = StaxReading.text(reader).strip();
                        default -> StaxReading.skipElement(reader);
                    }
                }
                if (key.equals(name) && value != null) {
                    try {
                        found = OptionalInt.of(Integer.parseInt(value));
                    } catch (NumberFormatException e) {
                        throw new XMLStreamException("option " + key + " is not an integer: " + value);
                    }
                }
            }
            return found;
        };
    }

    /**
     * {@code QueryPerfResponse}, streamed: each {@code PerfEntityMetric}'s sample times are read
     * first (vim25 sends them before the series), then every series goes to the sink as it ends.
     */
    static SoapResponseReader<long[]> queryPerf(PerfSeriesSink sink) {
        return reader -> {
            PerfSeriesChunk chunk = new PerfSeriesChunk();
            long[] counts = new long[2]; // samples, missing
            while (StaxReading.nextChild(reader)) {
                if (!reader.getLocalName().equals("returnval")) {
                    StaxReading.skipElement(reader);
                    continue;
                }
                String type = StaxReading.xsiType(reader);
                if (type != null && !type.equals("PerfEntityMetric")) {
                    throw new XMLStreamException("QueryPerf answered " + type + "; only PerfEntityMetric (format normal) is read");
                }
                entityMetric(reader, sink, chunk, counts);
            }
            return counts;
        };
    }

    private static void entityMetric(XMLStreamReader reader, PerfSeriesSink sink, PerfSeriesChunk chunk, long[] counts)
            throws XMLStreamException {
        ManagedObjectReference entity = null;
        List<Instant> times = new ArrayList<>();
        List<Integer> intervals = new ArrayList<>();
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "entity" -> entity = StaxReading.reference(reader);
                case "sampleInfo" -> sampleInfo(reader, times, intervals);
                case "value" -> {
                    if (entity == null) {
                        throw new XMLStreamException("a PerfEntityMetric series before its entity");
                    }
                    series(reader, entity, times, intervals, chunk);
                    counts[0] += chunk.size();
                    counts[1] += chunk.missing();
                    sink.accept(chunk);
                }
                default -> StaxReading.skipElement(reader);
            }
        }
    }

    private static void sampleInfo(XMLStreamReader reader, List<Instant> times, List<Integer> intervals)
            throws XMLStreamException {
        Instant time = null;
        int interval = -1;
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "timestamp" -> time = XsdDateTime.parse(StaxReading.text(reader));
                case "interval" -> interval = StaxReading.intValue(reader);
                default -> StaxReading.skipElement(reader);
            }
        }
        if (time == null || interval <= 0) {
            throw new XMLStreamException("a PerfSampleInfo without a timestamp and a positive interval");
        }
        times.add(time);
        intervals.add(interval);
    }

    private static void series(XMLStreamReader reader, ManagedObjectReference entity, List<Instant> times,
                               List<Integer> intervals, PerfSeriesChunk chunk) throws XMLStreamException {
        String type = StaxReading.xsiType(reader);
        if (type != null && !type.equals("PerfMetricIntSeries")) {
            throw new XMLStreamException("a PerfEntityMetric series of type " + type + "; only PerfMetricIntSeries is read");
        }
        chunk.reset(entity, null, times.size());
        PerfMetricId id = null;
        int index = 0;
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "id" -> {
                    id = metricId(reader);
                    chunk.reset(entity, id, times.size());
                }
                case "value" -> {
                    if (id == null) {
                        throw new XMLStreamException("a series' values before its id");
                    }
                    if (index >= times.size()) {
                        throw new XMLStreamException("a series of " + entity + " has more values than sample times ("
                                + times.size() + ")");
                    }
                    long value = StaxReading.longValue(reader);
                    if (value < 0) {
                        chunk.countMissing();
                    } else {
                        chunk.add(times.get(index), intervals.get(index), value);
                    }
                    index++;
                }
                default -> StaxReading.skipElement(reader);
            }
        }
        if (id == null) {
            throw new XMLStreamException("a series of " + entity + " without its metric id");
        }
        if (index != times.size()) {
            // values pair with sample times by position; with fewer values the pairing is unknowable.
            // vCenter always sends one per time (-1 for none); govmomi's simulator drops zero values.
            chunk.discardMisaligned(times.size());
        }
    }

    private static PerfMetricId metricId(XMLStreamReader reader) throws XMLStreamException {
        int counter = -1;
        String instance = "";
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "counterId" -> counter = StaxReading.intValue(reader);
                case "instance" -> instance = StaxReading.text(reader);
                default -> StaxReading.skipElement(reader);
            }
        }
        if (counter < 0) {
            throw new XMLStreamException("a PerfMetricId without a counterId");
        }
        return new PerfMetricId(counter, instance);
    }
}
