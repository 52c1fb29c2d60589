package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.catalog.refresh.WorkspaceCatalog;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.retail.RetailPricesSettings;
import dev.cloudfit.assess.pricing.source.PriceRefresh;
import dev.cloudfit.assess.pricing.store.PriceFileHeader;
import dev.cloudfit.core.error.BadInputException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cloudfit prices refresh --region R[,R2] [--currency C] --workspace DIR [--prices-endpoint URL] [--timeout S]}. */
@Command(name = "refresh",
        mixinStandardHelpOptions = true,
        description = {
            "Fetch VM, managed-disk and AVS prices for the regions from the Azure Retail Prices API and write a",
            "dated price cache into the workspace (prices/prices-<CURRENCY>-<time>.jsonl.gz). Later runs use it",
            "instead of the embedded snapshot when it covers their regions and currency."
        })
public final class PricesRefreshCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--region", required = true, split = ",", paramLabel = "REGION",
            description = "ARM region names, comma-separated, e.g. westeurope,northeurope")
    List<String> regions;

    @Option(names = "--currency", defaultValue = "USD", paramLabel = "CODE",
            description = "ISO 4217 currency the API converts to (default USD; Microsoft bills in USD)")
    String currency;

    @Option(names = "--workspace", required = true, paramLabel = "DIR",
            description = "Workspace folder; the cache goes to DIR/prices.")
    Path workspace;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            defaultValue = "" + RetailPricesSettings.DEFAULT_TOTAL_TIMEOUT_SECONDS,
            description = "Give up on the whole refresh after this long, 1 to 86400 (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--prices-endpoint", paramLabel = "URL",
            description = "Retail Prices API endpoint (default " + "https://prices.azure.com/api/retail/prices" + ")")
    URI endpoint;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "output: 'table' (default) or 'json'")
    OutputFormat format;

    /** The clock the fetch time is read from; tests pin it. */
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        if (timeoutSeconds < 1 || timeoutSeconds > 86_400) {
            throw new ParameterException(spec.commandLine(), "--timeout: 1 to 86400 seconds, not " + timeoutSeconds);
        }
        Currency cur = CurrencyOption.parse(currency);
        List<Region> wanted = RegionListOption.parse(regions, WorkspaceCatalog.forAssessment(workspace), spec);
        RetailPricesSettings settings = RetailPricesSettings.defaults(CloudfitVersion.get()).withCurrency(cur)
                .withTotalTimeout(Duration.ofSeconds(timeoutSeconds));
        if (endpoint != null) {
            try {
                settings = settings.withEndpoint(endpoint);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--prices-endpoint: " + e.getMessage());
            }
        }
        PriceRefresh.Result result = PriceRefresh.run(settings, wanted, workspace, clock,
                "cloudfit/" + CloudfitVersion.get());
        print(result, spec.commandLine().getOut());
        return 0;
    }

    private void print(PriceRefresh.Result result, PrintWriter out) {
        PriceFileHeader h = result.header();
        if (format == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", result.file());
            json.put("currency", h.currency().getCurrencyCode());
            json.put("regions", h.regions().stream().map(Region::name).toList());
            json.put("fetchedAt", h.fetchedAt().toString());
            json.put("endpoint", h.endpoint());
            json.put("apiVersion", h.apiVersion());
            json.put("rowsWritten", h.rowsWritten());
            json.put("rowsReadByKind", h.rowsReadByKind());
            json.put("rejectedRows", h.rejectedRows());
            json.put("licenceMeters", result.licenceMeters());
            json.put("licenceFile", result.licenceFile().map(Object::toString).orElse(null));
            result.licenceProblem().ifPresent(p -> json.put("licenceProblem", p));
            Json.print(json, out);
            return;
        }
        out.println("Prices written: " + result.file());
        out.println("  currency     " + h.currency().getCurrencyCode());
        out.println("  regions      " + String.join(", ", h.regions().stream().map(Region::name).toList()));
        out.println("  fetched at   " + h.fetchedAt());
        out.println("  endpoint     " + h.endpoint() + " (api-version " + h.apiVersion() + ")");
        out.println("  rows kept    " + h.rowsWritten() + " (regular VMs, disk tiers, v2/Ultra meters, AVS nodes)");
        out.println("  rows read    " + h.rowsReadByKind().values().stream().mapToLong(Long::longValue).sum()
                + " " + h.rowsReadByKind());
        out.println("  rejected     " + h.rejectedRows());
        out.println("  licences     " + (result.licenceMeters() > 0 ? result.licenceMeters()
                + " RHEL/SLES meters (" + result.licenceFile().orElseThrow().getFileName() + ")"
                : "no RHEL/SLES meters fetched" + result.licenceProblem().map(p -> " (" + p + ")").orElse("")
                        + "; RHEL/SLES use the embedded USD table, in other currencies they stay missing"));
        out.flush();
    }
}
