package dev.cloudfit.vsphere.perf;

import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.soap.StaxReading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The PerformanceManager's properties and the OptionManager setting it depends on. */
final class PerfProperties {

    private final VcenterSession session;
    private final ManagedObjectReference perfManager;

    PerfProperties(VcenterSession session, ManagedObjectReference perfManager) {
        this.session = session;
        this.perfManager = perfManager;
    }

    CounterCatalogue counters() {
        List<PerfCounter> out = new ArrayList<>();
        readArray("perfCounter", "PerfCounterInfo", r -> out.add(PerfReaders.counter(r)));
        if (out.isEmpty()) {
            // vcsim answers a property read on a lost session with nothing instead of NotAuthenticated;
            // currentSession() tells the two apart and logs in again if the session is gone
            session.currentSession();
            readArray("perfCounter", "PerfCounterInfo", r -> out.add(PerfReaders.counter(r)));
        }
        if (out.isEmpty()) {
            throw new dev.cloudfit.core.error.ExternalSystemException(session.transport().endpoint()
                    + " lists no performance counters: is this a vCenter or ESXi host with statistics?");
        }
        return new CounterCatalogue(out);
    }

    List<HistoricalInterval> historicalIntervals() {
        List<HistoricalInterval> out = new ArrayList<>();
        readArray("historicalInterval", "PerfInterval", r -> out.add(PerfReaders.interval(r)));
        out.sort(Comparator.comparing(HistoricalInterval::samplingPeriod));
        return List.copyOf(out);
    }

    /** {@code OptionManager.QueryOptions(name)}; faults (InvalidName when unset) propagate. */
    OptionalInt intOption(String name) {
        ManagedObjectReference options = session.serviceContent().optionManager().orElse(null);
        if (options == null) {
            return OptionalInt.empty();
        }
        return session.call(SoapRequest.method("QueryOptions", options).text("name", name).build(),
                PerfReaders.intOption(name));
    }

    private interface ElementReader {
        void read(XMLStreamReader reader) throws XMLStreamException;
    }

    /**
     * One array-valued property of the PerformanceManager, each element handed to {@code element}
     * while the answer streams in ({@code RetrievePropertiesEx} of one object, one path).
     */
    private void readArray(String path, String elementType, ElementReader element) {
        SoapRequest request = SoapRequest.method("RetrievePropertiesEx", session.serviceContent().propertyCollector())
                .object("specSet", null, spec -> spec
                        .object("propSet", null, p -> p.text("type", "PerformanceManager").text("pathSet", path))
                        .object("objectSet", null, o -> o.reference("obj", perfManager)))
                .object("options", null, options -> { })
                .build();
        session.call(request, descend(List.of("returnval", "objects", "propSet", "val"), elementType, element));
    }

    /** Walks {@code returnval/objects/propSet/val} and reads every element of the array inside. */
    private static SoapResponseReader<Void> descend(List<String> path, String elementType, ElementReader element) {
        return reader -> {
            walk(reader, path, 0, elementType, element);
            return null;
        };
    }

    private static void walk(XMLStreamReader reader, List<String> path, int depth, String elementType,
                             ElementReader element) throws XMLStreamException {
        while (StaxReading.nextChild(reader)) {
            if (depth == path.size()) {
                String type = StaxReading.xsiType(reader);
                if (type == null || type.equals(elementType)) {
                    element.read(reader);
                } else {
                    StaxReading.skipElement(reader);
                }
            } else if (reader.getLocalName().equals(path.get(depth))) {
                walk(reader, path, depth + 1, elementType, element);
            } else {
                StaxReading.skipElement(reader);
            }
        }
    }
}
