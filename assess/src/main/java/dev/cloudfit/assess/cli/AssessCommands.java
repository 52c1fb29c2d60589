package dev.cloudfit.assess.cli;

import dev.cloudfit.core.spi.CommandContribution;
import java.util.List;

/** The commands the assess module adds to {@code cloudfit}, found by the CLI through ServiceLoader. */
public final class AssessCommands implements CommandContribution {

    @Override
    public List<Object> commands() {
        return List.of(new GenerateCommand(), new InventoryCommand(), new PricesCommand(), new OnPremCostsCommand(),
                new AssessCommand(), new DemoCommand(), new CollectCommand(), new CatalogCommand());
    }
}
