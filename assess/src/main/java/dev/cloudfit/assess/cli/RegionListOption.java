package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.pricing.Region;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code --region R[,R2]} option's values as regions, in order, each once. A name the catalog does not know
 * ({@code global}, a typo, an empty name) is a usage error ({@link KnownRegion}).
 */
final class RegionListOption {

    private RegionListOption() {
    }

    static List<Region> parse(List<String> names, AzureCatalog catalog, CommandSpec spec) {
        return parse(names, catalog, spec, "--region");
    }

    /** As above, for the option named {@code option}. */
    static List<Region> parse(List<String> names, AzureCatalog catalog, CommandSpec spec, String option) {
        List<Region> wanted = new ArrayList<>();
        for (String name : names) {
            Region region = KnownRegion.require(name, catalog, spec, option);
            if (!wanted.contains(region)) {
                wanted.add(region);
            }
        }
        return wanted;
    }
}
