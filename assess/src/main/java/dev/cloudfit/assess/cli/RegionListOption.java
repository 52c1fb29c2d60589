package dev.cloudfit.assess.cli;

import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.core.error.BadInputException;
import java.util.ArrayList;
import java.util.List;

/** The {@code --region R[,R2]} option's values as regions, in order, each once; an empty name is bad input. */
final class RegionListOption {

    private RegionListOption() {
    }

    static List<Region> parse(List<String> names) {
        List<Region> wanted = new ArrayList<>();
        for (String name : names) {
            Region region = Region.of(name);
            if (region.isGlobal()) {
                throw new BadInputException("--region: an empty region name");
            }
            if (!wanted.contains(region)) {
                wanted.add(region);
            }
        }
        return wanted;
    }
}
