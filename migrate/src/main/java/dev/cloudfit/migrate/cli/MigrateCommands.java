package dev.cloudfit.migrate.cli;

import dev.cloudfit.core.spi.CommandContribution;
import java.util.List;

/** The commands the migrate plugin adds to {@code cloudfit}, found by the CLI through ServiceLoader. */
public final class MigrateCommands implements CommandContribution {

    @Override
    public List<Object> commands() {
        return List.of(new DiskCommand(), new MigrateCommand());
    }
}
