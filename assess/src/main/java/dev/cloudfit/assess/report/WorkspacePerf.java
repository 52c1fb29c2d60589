package dev.cloudfit.assess.report;

import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.assess.workspace.perf.SummaryWindow;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The sizing summaries of every VM with history in a workspace, over the settings' window (default 30
 * days) ending where the history ends, so re-assessing later sees the same data.
 */
public final class WorkspacePerf {

    private WorkspacePerf() {
    }

    public static Map<String, PerfSummary> load(Workspace ws, AssessmentSettings settings) {
        Optional<SummaryWindow> window = ws.summaries().endingWindow(settings.window());
        Map<String, PerfSummary> out = new HashMap<>();
        if (window.isEmpty()) {
            return out;
        }
        ws.summaries().forEachVm(window.get(), s -> {
            PerfSummary p = PerfAdapter.toSizing(s, settings.percentile(), settings.window());
            if (p.counters().findAny().isPresent()) {
                out.put(s.vmKey(), p);
            }
        });
        return out;
    }
}
