package dev.cloudfit.vsphere.perf;

import dev.cloudfit.core.error.ExternalSystemException;
import dev.cloudfit.vsphere.property.MissingPropertyException;
import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.session.VcenterSession;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The PerformanceManager's properties, read through the {@link PropertyCollector} and mapped from
 * its neutral tree to our records, and the OptionManager setting the query size depends on.
 */
final class PerfProperties {

    private final VcenterSession session;
    private final ManagedObjectReference perfManager;
    private final PropertyCollector collector;

    PerfProperties(VcenterSession session, ManagedObjectReference perfManager) {
        this.session = session;
        this.perfManager = perfManager;
        this.collector = new PropertyCollector(session);
    }

    CounterCatalogue counters() {
        List<PropertyValue> values = readOne("perfCounter").map(PropertyValue::elements)
                .orElse(List.of());
        if (values.isEmpty()) {
            // vcsim answers a property read on a lost session with nothing instead of NotAuthenticated;
            // currentSession() tells the two apart and logs in again if the session is gone
            session.currentSession();
            values = readOne("perfCounter").map(PropertyValue::elements).orElse(List.of());
        }
        if (values.isEmpty()) {
            throw new ExternalSystemException(session.transport().endpoint()
                    + " lists no performance counters: is this a vCenter or ESXi host with statistics?");
        }
        List<PerfCounter> out = new ArrayList<>(values.size());
        for (PropertyValue v : values) {
            out.add(counter(v));
        }
        return new CounterCatalogue(out);
    }

    List<HistoricalInterval> historicalIntervals() {
        List<HistoricalInterval> out = new ArrayList<>();
        for (PropertyValue v : readOne("historicalInterval").map(PropertyValue::elements)
                .orElse(List.of())) {
            out.add(interval(v));
        }
        out.sort(Comparator.comparing(HistoricalInterval::samplingPeriod));
        return List.copyOf(out);
    }

    /**
     * One property of the PerformanceManager. A lost session may come back as a missing property
     * with fault NotAuthenticated rather than as a SOAP fault (vcsim does this): log in again once.
     */
    private Optional<PropertyValue> readOne(String path) {
        try {
            return collector.readOne(perfManager, path);
        } catch (MissingPropertyException missing) {
            if (!missing.missing().fault().name().equals("NotAuthenticated")) {
                throw missing;
            }
            session.currentSession();
            return collector.readOne(perfManager, path);
        }
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

    private PerfCounter counter(PropertyValue v) {
        int key = integer(v, "key");
        try {
            return new PerfCounter(key, new CounterName(text(v, "groupInfo.key"), text(v, "nameInfo.key"),
                    text(v, "rollupType")), new PerfUnit(text(v, "unitInfo.key")), StatsType.ofWire(text(v, "statsType")),
                    v.path("level").flatMap(PropertyValue::intValue).orElse(4),
                    v.path("perDeviceLevel").flatMap(PropertyValue::intValue).orElse(4));
        } catch (IllegalArgumentException e) {
            throw new ExternalSystemException(session.transport().endpoint() + " lists a performance counter vim25 does"
                    + " not allow (key " + key + "): " + e.getMessage(), e);
        }
    }

    private HistoricalInterval interval(PropertyValue v) {
        int period = integer(v, "samplingPeriod");
        int length = integer(v, "length");
        if (period <= 0 || length <= 0) {
            throw new ExternalSystemException(session.transport().endpoint()
                    + " lists a historical interval without a positive sampling period and length");
        }
        return new HistoricalInterval(v.path("key").flatMap(PropertyValue::intValue).orElse(0),
                v.path("name").flatMap(PropertyValue::text).orElse(""), Duration.ofSeconds(period),
                Duration.ofSeconds(length), v.path("level").flatMap(PropertyValue::intValue).orElse(1),
                v.path("enabled").flatMap(PropertyValue::booleanValue).orElse(true));
    }

    private String text(PropertyValue v, String path) {
        return v.path(path).flatMap(PropertyValue::text).map(String::strip).filter(s -> !s.isEmpty())
                .orElseThrow(() -> new ExternalSystemException(session.transport().endpoint()
                        + " sent a performance manager entry without " + path));
    }

    private int integer(PropertyValue v, String path) {
        return v.path(path).flatMap(PropertyValue::intValue)
                .orElseThrow(() -> new ExternalSystemException(session.transport().endpoint()
                        + " sent a performance manager entry without a numeric " + path));
    }
}
