package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.io.InventoryInput;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.assess.workspace.synth.EstateHistory;
import java.time.Instant;
import java.time.ZoneOffset;
import dev.cloudfit.assess.inventory.generate.EstateGenerator;
import dev.cloudfit.assess.inventory.generate.GeneratorSettings;
import dev.cloudfit.assess.inventory.generate.RvToolsWorkbookWriter;
import dev.cloudfit.assess.inventory.generate.VmKind;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.core.files.UnfinishedOutputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cloudfit generate}: writes a synthetic VMware estate as an RVTools export, for demos,
 * benchmarks and tests. Deterministic: the same {@code --vms} and {@code --seed} give the same rows.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Generate a synthetic VMware estate as an RVTools 4.7-style export.",
            "An .xlsx name gives a workbook (vInfo, vCPU, vMemory, vDisk, vPartition, vNetwork, vHost, vMetaData);"
                    + " a folder or a .zip name gives the 'Export all to csv' form (RVTools_tabvInfo.csv, ...).",
            "The estate is realistic and repeatable: the same --vms and --seed always give the same rows."
                    + " It includes templates, VMware and vendor appliances, and VMs that cannot move to an Azure VM"
                    + " as they are (448 vCPUs, 16 TiB memory, a 40 TiB disk, 32-bit guests, RDM and shared disks)."
        },
        footer = {"", "With --days D --workspace DIR, the estate is also stored in a workspace with D days of 2-hour"
                + " performance history (daily and weekly cycles, spikes; idle, steady, busy and spiky VMs), ready for"
                + " 'cloudfit assess --workspace DIR'."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--vms", required = true, paramLabel = "N",
            description = "Number of VMs, 1 to " + GeneratorSettings.MAX_VMS + ".")
    int vms;

    @Option(names = "--days", paramLabel = "D",
            description = "Days of performance history, 1 to 365, written into the --workspace.")
    Integer days;

    @Option(names = "--workspace", paramLabel = "DIR",
            description = "Workspace to store the estate and its history in (needed with --days).")
    Path workspace;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed (default: ${DEFAULT-VALUE}); another seed gives another estate.")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE|DIR",
            description = "Where to write: FILE.xlsx, FILE.zip, or a folder (made when its parent exists).")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (vms < 1 || vms > GeneratorSettings.MAX_VMS) {
            throw new ParameterException(spec.commandLine(),
                    "--vms must be between 1 and " + GeneratorSettings.MAX_VMS + ", not " + vms);
        }
        if (days != null && (days < 1 || days > 365)) {
            throw new ParameterException(spec.commandLine(), "--days must be between 1 and 365, not " + days);
        }
        GenerateTarget target = GenerateTarget.of(out);
        PrintWriter err = spec.commandLine().getErr();
        if ((days == null) != (workspace == null)) {
            throw new ParameterException(spec.commandLine(),
                    "--days and --workspace go together: the history is stored in the workspace");
        }
        long started = System.nanoTime();
        EstateGenerator estate = new EstateGenerator(GeneratorSettings.of(vms, seed));
        Map<String, Long> rows;
        try {
            rows = switch (target.form()) {
                case XLSX -> RvToolsWorkbookWriter.writeXlsx(estate, target.path());
                case CSV_ZIP -> RvToolsWorkbookWriter.writeCsvZip(estate, target.path());
                case CSV_FOLDER -> {
                    boolean made = !Files.exists(target.path());
                    if (made) {
                        UnfinishedOutputs.started(target.path());
                    }
                    Files.createDirectories(target.path());
                    Map<String, Long> written = RvToolsWorkbookWriter.writeCsvFolder(estate, target.path());
                    UnfinishedOutputs.finished(target.path());
                    yield written;
                }
            };
        } catch (IOException e) {
            throw new BadInputException(InputLocation.of(out), "cannot write: " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.println(summary(estate, rows, target, seconds));
        if (days != null) {
            // read the export back, so the workspace keys VMs exactly as a real import of it would
            Inventory inventory = InventoryInput.read(target.path());
            Instant end = estate.settings().exportedAt().toInstant(ZoneOffset.UTC);
            long samples;
            // a workspace this run makes is removed again if the run stops before it is complete
            boolean made = !Files.exists(workspace);
            if (made) {
                UnfinishedOutputs.started(workspace);
            }
            try (Workspace ws = Workspace.open(workspace)) {
                samples = EstateHistory.write(ws, estate, inventory, seed, end, days, "generate");
            }
            UnfinishedOutputs.finished(workspace);
            err.println(String.format(Locale.ROOT, "stored the estate with %d days of 2-hour history (%d samples,"
                    + " ending %s) in %s, summarised for assess", days, samples, end, workspace));
        }
        err.flush();
        return 0;
    }

    private static String summary(EstateGenerator estate, Map<String, Long> rows, GenerateTarget target, double seconds)
            throws IOException {
        Map<VmKind, Integer> mix = estate.mix();
        int cannotFit = mix.entrySet().stream().filter(e -> e.getKey().cannotFitAsIs()).mapToInt(Map.Entry::getValue).sum();
        return String.format(Locale.ROOT,
                "generated %d VMs (%d templates, %d appliances, %d that cannot fit Azure as they are) on %d hosts"
                        + " in %d datacenters, seed %d: %d disks, %d partitions, %d NICs -> %s (%s, %.1f MiB) in %.1f s",
                estate.vmCount(), mix.get(VmKind.TEMPLATE), mix.get(VmKind.APPLIANCE), cannotFit, estate.hosts().size(),
                estate.datacenters().size(), estate.settings().seed(), rows.get("vDisk"), rows.get("vPartition"),
                rows.get("vNetwork"), target.path(), target.form().name().toLowerCase(Locale.ROOT).replace('_', ' '),
                size(target) / (1024.0 * 1024.0), seconds);
    }

    private static long size(GenerateTarget target) throws IOException {
        if (target.form() != GenerateTarget.Form.CSV_FOLDER) {
            return Files.size(target.path());
        }
        long total = 0;
        try (Stream<Path> files = Files.list(target.path())) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().startsWith("RVTools_tab")) {
                    total += Files.size(p);
                }
            }
        }
        return total;
    }
}
