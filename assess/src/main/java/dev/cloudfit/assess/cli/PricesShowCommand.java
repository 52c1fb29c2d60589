package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.catalog.refresh.WorkspaceCatalog;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.source.PriceSourceResolver;
import dev.cloudfit.assess.pricing.source.PriceSourceSettings;
import dev.cloudfit.assess.pricing.source.ResolvedPrices;
import dev.cloudfit.assess.pricing.store.PriceFileSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cloudfit prices show --region R[,R2] [--currency C] [--workspace DIR]}: which prices a run would use. */
@Command(name = "show",
        mixinStandardHelpOptions = true,
        description = {
            "Say which prices a run for these regions and currency would use (workspace cache or embedded",
            "snapshot), when they were fetched, how old they are and where they came from. Exit 2 when none covers them."
        })
public final class PricesShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--region", required = true, split = ",", paramLabel = "REGION",
            description = "ARM region names, comma-separated")
    List<String> regions;

    @Option(names = "--currency", defaultValue = "USD", paramLabel = "CODE", description = "currency (default USD)")
    String currency;

    @Option(names = "--workspace", paramLabel = "DIR", description = "workspace whose price caches are searched")
    Path workspace;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "output: 'table' (default) or 'json'")
    OutputFormat format;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        Currency cur = CurrencyOption.parse(currency);
        List<Region> wanted = RegionListOption.parse(regions, WorkspaceCatalog.forAssessment(workspace), spec);
        PriceSourceSettings settings = workspace == null ? PriceSourceSettings.defaults()
                : PriceSourceSettings.defaults().withWorkspace(workspace);
        ResolvedPrices r = new PriceSourceResolver(settings, clock).resolve(wanted, cur,
                PriceBook.DEFAULT_HOURS_PER_MONTH);
        PrintWriter out = spec.commandLine().getOut();
        r.warnings().forEach(w -> spec.commandLine().getErr().println("cloudfit: warning: " + w));
        if (format == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", r.kind().name());
            json.put("location", r.location());
            json.put("currency", r.header().currency().getCurrencyCode());
            json.put("regions", r.header().regions().stream().map(Region::name).toList());
            json.put("fetchedAt", r.header().fetchedAt().toString());
            json.put("ageDays", r.age().toDays());
            json.put("endpoint", r.header().endpoint());
            json.put("apiVersion", r.header().apiVersion());
            json.put("rows", r.header().rowsWritten());
            json.put("sources", r.header().sources());
            json.put("warnings", r.warnings());
            Json.print(json, out);
            return 0;
        }
        out.println("Prices: " + r.describe());
        out.println("  endpoint " + r.header().endpoint() + " (api-version " + r.header().apiVersion() + "), "
                + r.header().rowsWritten() + " rows");
        for (PriceFileSource s : r.header().sources()) {
            out.println("  source   " + s.name() + " (" + s.region() + ", data " + s.dataDate() + "): " + s.origin()
                    + (s.licence().isEmpty() ? "" : ", " + s.licence()));
        }
        out.flush();
        return 0;
    }
}
