package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.inventory.Inventory;
import dev.cloudfit.assess.inventory.generate.EstateGenerator;
import dev.cloudfit.assess.inventory.generate.GeneratorSettings;
import dev.cloudfit.assess.inventory.generate.RvToolsWorkbookWriter;
import dev.cloudfit.assess.inventory.io.InventoryInput;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.report.AssessmentPipeline;
import dev.cloudfit.assess.report.WorkspacePerf;
import dev.cloudfit.assess.sizing.perf.PerfSummary;
import dev.cloudfit.assess.sizing.settings.AssessmentSettings;
import dev.cloudfit.assess.workspace.Workspace;
import dev.cloudfit.assess.workspace.synth.EstateHistory;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.core.files.UnfinishedOutputs;
import dev.cloudfit.core.spi.DemoMigration;
import dev.cloudfit.reports.model.InputFile;
import dev.cloudfit.reports.plan.signing.SigningKeyFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cloudfit demo}: a sample estate, 30 days of synthetic history, a performance-based
 * assessment priced with the embedded snapshot (westeurope, USD), and its workbook.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Run the whole pipeline on a generated sample estate (fixed seed) and write its assessment workbook.",
            "Writes OUT/estate.xlsx (RVTools export), OUT/workspace (30 days of synthetic 2-hour history)"
                    + " and OUT/assessment.xlsx (performance-based, embedded westeurope USD prices).",
            "Running it again replaces those three outputs.",
            "With --migrate it then approves a few rows and migrates them against local stand-ins (a simulation:"
                    + " vcsim, Azurite, a local Azure Resource Manager) and prints the status table."
        })
public final class DemoCommand implements Callable<Integer> {

    /** The demo's fixed seed and history end, so that every run gives the same estate and figures. */
    static final long SEED = 42;
    static final Instant HISTORY_END = Instant.parse("2026-11-01T00:00:00Z");
    static final int DAYS = 30;
    static final String ESTATE = "estate.xlsx";
    static final String WORKSPACE = "workspace";
    static final String ASSESSMENT = "assessment.xlsx";

    @Spec
    CommandSpec spec;

    @Option(names = "--vms", paramLabel = "N", defaultValue = "300",
            description = "Number of VMs, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int vms;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "cloudfit-demo",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--migrate", description = "Then approve a few rows and run the whole migration against local"
            + " stand-ins (a simulation; needs Go, govmomi's sources and Azurite: build-support/install-migrate-demo-deps.sh).")
    boolean migrate;

    /** Where {@code --migrate} keeps the demo's own signing key: the demo folder, never the user's configuration. */
    static final String CONFIG = "config";

    @Override
    public Integer call() {
        if (vms < 1 || vms > Math.min(10_000, GeneratorSettings.MAX_VMS)) {
            throw new ParameterException(spec.commandLine(), "--vms must be between 1 and 10000, not " + vms);
        }
        PrintWriter err = spec.commandLine().getErr();
        // the migration half's outputs are the demo's own too: a demo without --migrate replaces them as well
        Optional<DemoMigration> plugin = ServiceLoader.load(DemoMigration.class).findFirst();
        DemoMigration migration = migrate ? plugin.orElseThrow(() -> new BadInputException(
                "demo --migrate needs the migrate plugin, which this cloudfit does not have")) : null;
        long started = System.nanoTime();
        // what this run makes (the whole folder, or its workspace) is removed again if the run stops early
        // (registered before it exists, so that no moment is left where it is made but not registered;
        // a folder that was there is checked first, so nothing of the user's is ever registered)
        boolean fresh = !Files.exists(out);
        Path unfinished = fresh ? out : out.resolve(WORKSPACE);
        if (fresh) {
            UnfinishedOutputs.started(unfinished);
        }
        prepare(out, plugin.map(DemoMigration::outputs).orElse(Set.of()));
        if (!fresh) {
            UnfinishedOutputs.started(unfinished);
        }
        Path estateFile = out.resolve(ESTATE);
        EstateGenerator estate = new EstateGenerator(GeneratorSettings.of(vms, SEED));
        try {
            RvToolsWorkbookWriter.writeXlsx(estate, estateFile);
        } catch (IOException e) {
            throw new BadInputException(InputLocation.of(estateFile), "cannot write: " + e.getMessage(), e);
        }
        Inventory inventory = InventoryInput.read(estateFile);
        AssessmentSettings settings = AssessmentSettings.defaults();
        Map<String, PerfSummary> perf;
        long samples;
        try (Workspace ws = Workspace.open(out.resolve(WORKSPACE))) {
            samples = EstateHistory.write(ws, estate, inventory, SEED, HISTORY_END, DAYS, "demo");
            perf = WorkspacePerf.load(ws, settings);
        }
        List<InputFile> inputs = List.of(new InputFile(ESTATE, AssessCommand.sha256(inventory, estateFile)));
        AssessmentPipeline pipeline = new AssessmentPipeline(AzureCatalog.bundled(), PriceSourceSettings.defaults(),
                Clock.systemUTC());
        Path keys = out.resolve(CONFIG).resolve("keys");
        if (migration != null) {
            pipeline = pipeline.withSigningKeys(new SigningKeyFolder(keys));
        }
        AssessmentPipeline.Outcome o = pipeline.run("Sample estate (" + vms + " VMs, seed " + SEED + ")", inventory, perf,
                settings, inputs, CloudfitVersion.get(), out.resolve(ASSESSMENT));
        UnfinishedOutputs.finished(unfinished);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + estateFile + " (RVTools export, " + inventory.vms().size() + " VMs, "
                + inventory.hosts().size() + " hosts)");
        stdout.println("wrote " + out.resolve(WORKSPACE) + " (" + DAYS + " days of 2-hour history, " + samples
                + " samples, " + perf.size() + " VMs with history)");
        stdout.println("wrote " + out.resolve(ASSESSMENT) + " (performance-based, " + settings.region().name() + ", "
                + settings.currency().getCurrencyCode() + ")");
        stdout.println(AssessmentOutput.summary(o));
        o.warnings().forEach(w -> err.println("cloudfit: warning: " + w));
        stdout.flush();
        err.println(String.format(Locale.ROOT, "demo done in %.1f s", (System.nanoTime() - started) / 1e9));
        err.flush();
        if (migration != null) {
            if (!migration.run(out, out.resolve(ASSESSMENT), keys, stdout, err)) {
                return 0; // stopped by a signal: the JVM exits with 128 + its number
            }
            err.println(String.format(Locale.ROOT, "demo --migrate (assessment, then the simulated migration) done in %.1f s",
                    (System.nanoTime() - started) / 1e9));
            err.flush();
        }
        return 0;
    }

    /** Makes the folder, or clears the demo's own outputs from it; refuses a folder with anything else in it. */
    static void prepare(Path dir) {
        prepare(dir, Set.of());
    }

    /** As above; {@code more} are further outputs of the demo's own ({@code --migrate}'s), replaced as well. */
    static void prepare(Path dir, Set<String> more) {
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new BadInputException(InputLocation.of(dir), "the demo output must be a folder, this is a file");
            }
            Files.createDirectories(dir);
            Set<String> ours = new java.util.HashSet<>(Set.of(ESTATE, WORKSPACE, ASSESSMENT, CONFIG));
            ours.addAll(more);
            try (Stream<Path> entries = Files.list(dir)) {
                for (Path p : (Iterable<Path>) entries::iterator) {
                    String name = p.getFileName().toString();
                    if (!ours.contains(name) && !name.startsWith("." + ASSESSMENT)) {
                        throw new BadInputException(InputLocation.of(dir), "not a demo folder: it holds " + name
                                + "; give another --out or remove it");
                    }
                }
            }
            deleteTree(dir.resolve(WORKSPACE));
            for (String name : more) {
                deleteTree(dir.resolve(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}
