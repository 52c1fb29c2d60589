package dev.cloudfit.assess.inventory.summary;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints an {@link InventorySummary} as aligned plain-text tables for a terminal. */
public final class SummaryTable {

    private static final String ROW = "%-24s %7s %7s %7s %9s %8s %11s %12s %10s%n";

    private SummaryTable() {
    }

    public static void print(InventorySummary s, PrintWriter out) {
        var src = s.source();
        out.printf(Locale.ROOT, "Source: %s (%s%s)%n", src.name(), src.kind(),
                src.formatVersion() == null ? "" : ", " + src.formatVersion());
        if (src.sha256() != null) {
            out.printf(Locale.ROOT, "SHA-256: %s%n", src.sha256());
        }
        SummaryLine t = s.total();
        out.printf(Locale.ROOT, "VMs: %d (%d on, %d off%s), templates: %d, hosts: %d (%d cores)%n", t.vms(),
                t.poweredOn(), t.poweredOff(), t.suspended() > 0 ? ", " + t.suspended() + " suspended" : "",
                t.templates(), s.hosts(), s.hostCores());
        out.printf(Locale.ROOT, "vCPUs: %d, memory: %.1f GiB, provisioned: %.2f TiB, used: %.2f TiB%n", t.vcpus(),
                t.memoryGib(), t.provisionedTib(), t.usedTib());
        out.println();
        table(out, "Cluster", s.byCluster(), t);
        out.println();
        table(out, "OS family", s.byOsFamily(), t);
        if (src.warningTotal() > 0) {
            out.println();
            out.printf(Locale.ROOT, "Warnings: %d (rows skipped or values read with care)%n", src.warningTotal());
            for (Map.Entry<String, Long> e : src.warningCounts().entrySet()) {
                out.printf(Locale.ROOT, "  %-36s %d%n", e.getKey(), e.getValue());
            }
            src.warnings().stream().limit(5).forEach(w -> out.println("  e.g. " + w));
        }
        out.flush();
    }

    private static void table(PrintWriter out, String title, List<SummaryLine> lines, SummaryLine total) {
        out.printf(Locale.ROOT, ROW, title, "VMs", "on", "off", "templates", "vCPUs", "memory GiB", "prov. TiB",
                "used TiB");
        for (SummaryLine l : lines) {
            row(out, l);
        }
        row(out, new SummaryLine("total", total.vms(), total.poweredOn(), total.poweredOff(), total.suspended(),
                total.templates(), total.vcpus(), total.memoryGib(), total.provisionedTib(), total.usedTib()));
    }

    private static void row(PrintWriter out, SummaryLine l) {
        out.printf(Locale.ROOT, ROW, l.group().length() > 24 ? l.group().substring(0, 23) + "~" : l.group(),
                l.vms(), l.poweredOn(), l.poweredOff(), l.templates(), l.vcpus(),
                String.format(Locale.ROOT, "%.1f", l.memoryGib()), String.format(Locale.ROOT, "%.2f", l.provisionedTib()),
                String.format(Locale.ROOT, "%.2f", l.usedTib()));
    }
}
