package dev.cloudfit.vsphere.perf;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A vCenter's counter catalogue ({@code PerformanceManager.perfCounter}), by key and by name. Keys
 * are per vCenter, so every query goes from names to keys through here. Immutable; read once per
 * session by {@link PerformanceManager#counters()}.
 */
public final class CounterCatalogue {

    private final Map<Integer, PerfCounter> byKey;
    private final Map<String, PerfCounter> byName;

    public CounterCatalogue(Collection<PerfCounter> counters) {
        Map<Integer, PerfCounter> keys = new LinkedHashMap<>();
        Map<String, PerfCounter> names = new LinkedHashMap<>();
        for (PerfCounter c : counters) {
            keys.put(c.key(), c);
            names.putIfAbsent(c.name().toString(), c); // vCenter lists each name once; keep the first if not
        }
        this.byKey = Collections.unmodifiableMap(keys);
        this.byName = Collections.unmodifiableMap(names);
    }

    /** @return the counter with this key, if the catalogue has it */
    public Optional<PerfCounter> byKey(int key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** @return the counter with this name, if this vCenter has it */
    public Optional<PerfCounter> byName(CounterName name) {
        return Optional.ofNullable(byName.get(name.toString()));
    }

    /** @return the counter with this name ({@code group.name.rollup}), if this vCenter has it */
    public Optional<PerfCounter> byName(String fullName) {
        return byName(CounterName.parse(fullName));
    }

    /** @return every counter, in the server's order */
    public List<PerfCounter> all() {
        return List.copyOf(byKey.values());
    }

    public int size() {
        return byKey.size();
    }
}
