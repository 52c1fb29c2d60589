package dev.cloudfit.assess.workspace.synth;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.assess.inventory.generate.EstateGenerator;
import dev.cloudfit.assess.inventory.generate.GeneratedVm;
import dev.cloudfit.assess.workspace.RunCounts;
import dev.cloudfit.assess.workspace.RunSource;
import dev.cloudfit.assess.workspace.TimeRange;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.assess.workspace.perf.SummaryWindow;
import dev.cloudfit.assess.workspace.perf.SampleAppender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes a generated estate into a workspace as one run: the inventory as it was read back from
 * its export (so VM keys match a real import), and synthetic 2-hour history for every VM that is
 * not a template, following each VM's workload profile (daily and weekly cycles, spikes, noise),
 * with one series set per disk and per NIC named as vCenter names them ({@link SyntheticVm#of}).
 * Used by {@code generate --days} and by {@code demo}.
 */
public final class EstateHistory {

    private EstateHistory() {
    }

    /** Writes the run, prepares the default window's summaries and returns the number of samples stored. */
    public static long write(Workspace ws, EstateGenerator estate, Inventory inventory, long seed, Instant end,
            int days, String origin) {
        Map<String, WorkloadProfile> profiles = new HashMap<>();
        try (Stream<GeneratedVm> generated = estate.vms()) {
            generated.forEach(g -> profiles.put(g.vm().name(), WorkloadProfile.valueOf(g.workload().name())));
        }
        List<SyntheticVm> synth = new ArrayList<>();
        for (Vm vm : inventory.vms()) {
            WorkloadProfile p = profiles.get(vm.name());
            if (p != null && !vm.template()) {
                synth.add(SyntheticVm.of(vm, p));
            }
        }
        SyntheticHistory history = new SyntheticHistory(seed);
        TimeRange range = TimeRange.lastDays(end, days);
        long run = ws.runs().start(RunSource.generated(origin, history.recipe()));
        ws.storeInventory(run, inventory);
        long rows;
        try (SampleAppender appender = ws.appender(run)) {
            rows = history.write(appender, synth, range, SyntheticHistory.TWO_HOURS);
        }
        ws.runs().complete(run, range, new RunCounts(inventory.vms().size(), inventory.hosts().size(), rows));
        ws.summaries().prepareEnding(SummaryWindow.DEFAULT_LENGTH); // as collect does: assessments read summaries
        return rows;
    }
}
