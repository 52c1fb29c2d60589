package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.catalog.refresh.CatalogRefresh;
import dev.cloudfit.assess.catalog.refresh.arm.ArmResourceSkus;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.net.NameResolution;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cloudfit catalog refresh --subscription ID --region R[,R2] --workspace DIR [--timeout S]}. */
@Command(name = "refresh",
        mixinStandardHelpOptions = true,
        description = {
            "Read VM and disk SKUs for the regions from Azure's Resource SKUs API and write a dated catalog into",
            "the workspace (catalog/<UTC time>/). Assessments of the workspace use the newest one instead of the",
            "bundled catalog. Needs a service principal with Reader on the subscription: set AZURE_CLIENT_ID,",
            "AZURE_CLIENT_SECRET and AZURE_TENANT_ID."
        })
public final class CatalogRefreshCommand implements Callable<Integer> {

    /** Where service principals sign in unless {@code AZURE_AUTHORITY_HOST} says otherwise (a sovereign cloud). */
    static final String DEFAULT_AUTHORITY = "https://login.microsoftonline.com/";

    static final List<String> CREDENTIAL_VARIABLES = List.of("AZURE_CLIENT_ID", "AZURE_CLIENT_SECRET", "AZURE_TENANT_ID");

    @Spec
    CommandSpec spec;

    @Option(names = "--subscription", paramLabel = "ID", description = "Azure subscription id the SKUs are listed for")
    String subscription;

    @Option(names = "--region", required = true, split = ",", paramLabel = "REGION",
            description = "ARM region names, comma-separated, e.g. westeurope,northeurope")
    List<String> regions;

    @Option(names = "--workspace", required = true, paramLabel = "DIR",
            description = "Workspace folder; the catalog goes to DIR/catalog.")
    Path workspace;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "" + CatalogRefresh.DEFAULT_TIMEOUT_SECONDS,
            description = "Give up on reading the SKUs after this long, 1 to 86400 (default: ${DEFAULT-VALUE});"
                    + " nothing is written then.")
    int timeoutSeconds;

    @Option(names = "--format", paramLabel = "table|json", defaultValue = "table",
            description = "output: 'table' (default) or 'json'")
    OutputFormat format;

    /** The environment read for credentials; tests replace it. */
    Function<String, String> environment = System::getenv;

    /** The clock the catalog is dated by; tests pin it. */
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        if (timeoutSeconds < 1 || timeoutSeconds > 86_400) {
            throw new ParameterException(spec.commandLine(), "--timeout: 1 to 86400 seconds, not " + timeoutSeconds);
        }
        List<String> missing = CREDENTIAL_VARIABLES.stream()
                .filter(v -> environment.apply(v) == null || environment.apply(v).isBlank()).toList();
        if (!missing.isEmpty() || subscription == null || subscription.isBlank()) {
            throw new BadInputException("catalog refresh needs Azure credentials: set " + String.join(", ",
                    missing.isEmpty() ? CREDENTIAL_VARIABLES : missing)
                    + (subscription == null || subscription.isBlank() ? " and pass --subscription ID" : "")
                    + " (a service principal with Reader on the subscription)");
        }
        String authority = environment.apply("AZURE_AUTHORITY_HOST");
        URI authorityHost = URI.create(authority == null || authority.isBlank() ? DEFAULT_AUTHORITY : authority.strip());
        // offline, the SDK spends more than a minute on retries and then blames the credentials: check names first
        NameResolution.require(authorityHost.getHost(), "Microsoft Entra ID sign-in (" + authorityHost + ")");
        NameResolution.require(ArmResourceSkus.AZURE_PUBLIC.getHost(), "Azure Resource Manager ("
                + ArmResourceSkus.AZURE_PUBLIC + ")");
        ArmResourceSkus source = ArmResourceSkus.connectFromEnvironment(authorityHost, subscription);
        CatalogRefresh.Result r = CatalogRefresh.run(source, regions, workspace, clock.instant(),
                Duration.ofSeconds(timeoutSeconds));
        print(r, spec.commandLine().getOut());
        return 0;
    }

    static void print(CatalogRefresh.Result r, OutputFormat format, PrintWriter out) {
        if (format == OutputFormat.JSON) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("folder", r.folder().toString());
            json.put("date", r.date().toString());
            json.put("regions", r.regions());
            json.put("source", r.source());
            json.put("vmSkusRead", r.vmSkusRead());
            json.put("sizesUpdated", r.sizesUpdated());
            json.put("sizesNotInCatalog", r.sizesNotInCatalog());
            json.put("restrictedInRegion", r.restrictedInRegion());
            json.put("zoneRestricted", r.zoneRestricted());
            json.put("diskTiersUpdated", r.diskTiersUpdated());
            Json.print(json, out);
            return;
        }
        out.println("Catalog written: " + r.folder());
        out.println("  dated          " + r.date());
        out.println("  regions        " + String.join(", ", r.regions()));
        out.println("  source         " + r.source());
        out.println("  VM SKUs read   " + r.vmSkusRead() + " (" + r.sizesUpdated() + " catalog sizes updated, "
                + r.sizesNotInCatalog() + " not in the catalog and left out)");
        out.println("  restricted     " + r.restrictedInRegion() + " listed but not offered to the subscription, "
                + r.zoneRestricted() + " restricted in some zones");
        out.println("  disk tiers     " + r.diskTiersUpdated() + " updated");
        out.flush();
    }

    private void print(CatalogRefresh.Result r, PrintWriter out) {
        print(r, format, out);
    }
}
