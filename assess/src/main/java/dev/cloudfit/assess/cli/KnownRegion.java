package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.catalog.AzureCatalog;
import dev.cloudfit.assess.pricing.Region;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Checks a {@code --region} value against the Azure regions the catalog names, so a typo or a pseudo-region
 * ({@code global}, {@code West Europe}) is a usage error (exit 2) at once instead of an assessment that prices
 * nothing.
 */
final class KnownRegion {

    private KnownRegion() {
    }

    /** {@code name} as a region when the catalog knows it; else a usage error naming the option. */
    static Region require(String name, AzureCatalog catalog, CommandSpec spec) {
        return require(name, catalog, spec, "--region");
    }

    /** As above, for the option named {@code option}. */
    static Region require(String name, AzureCatalog catalog, CommandSpec spec, String option) {
        Region region = Region.of(name == null ? "" : name);
        Set<String> known = catalog.knownRegions().stream().map(dev.cloudfit.assess.catalog.Region::name)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        if (region.isGlobal()) {
            throw new ParameterException(spec.commandLine(), option + ": an empty region name");
        }
        if (!known.contains(region.name())) {
            throw new ParameterException(spec.commandLine(), option + ": '" + name.strip()
                    + "' is not an Azure region the catalog knows; use an ARM name such as westeurope ("
                    + known.size() + " known: " + String.join(", ", known) + ")");
        }
        return region;
    }
}
