package dev.cloudfit.assess.backtest;

import dev.cloudfit.assess.workspace.perf.HeldOutSamples;
import dev.cloudfit.assess.workspace.perf.HeldOutSamples.Load;
import dev.cloudfit.reports.model.BacktestVm;
import dev.cloudfit.reports.model.VmIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Counts one VM's held-out samples over its backtest size's capacity. Each load is taken at its finest stored
 * interval (as the sizing takes it); a sample time counts once, however many loads it has, and is over capacity
 * when any load's demand is strictly greater than the size gives.
 */
public final class HeldOutCheck {

    private HeldOutCheck() {
    }

    public static BacktestVm check(VmIdentity id, SizeCapacity capacity, HeldOutSamples.VmPoints points) {
        Map<Load, Duration> finest = new EnumMap<>(Load.class);
        for (HeldOutSamples.Point p : points.points()) {
            finest.merge(p.load(), p.interval(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Set<Instant> times = new HashSet<>();
        Set<Instant> over = new HashSet<>();
        Map<Load, Long> overByLoad = new EnumMap<>(Load.class);
        for (HeldOutSamples.Point p : points.points()) {
            if (!p.interval().equals(finest.get(p.load()))) {
                continue;
            }
            OptionalDouble demand = capacity.demand(p.load(), p.value(), p.unit());
            OptionalDouble limit = capacity.capacity(p.load());
            if (demand.isEmpty()) {
                continue;
            }
            times.add(p.at());
            if (limit.isPresent() && demand.getAsDouble() > limit.getAsDouble()) {
                over.add(p.at());
                overByLoad.merge(p.load(), 1L, Long::sum);
            }
        }
        Optional<Map.Entry<Load, Long>> worst = overByLoad.entrySet().stream().max(Map.Entry.comparingByValue());
        return new BacktestVm(id, Optional.of(capacity.size().name().value()), times.size(), over.size(),
                worst.map(e -> SizeCapacity.label(e.getKey())), worst.map(Map.Entry::getValue).orElse(0L),
                Optional.empty());
    }
}
