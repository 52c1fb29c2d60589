package dev.cloudfit.migrate.journal;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.nio.file.Path;

/** A complete journal line that is not a record: the file was edited or damaged outside cloudfit. */
public final class JournalDamagedException extends BadInputException {

    JournalDamagedException(Path file, String line, Throwable cause) {
        super(InputLocation.of(file), "a journal line is not a record ("
                + (line.length() > 80 ? line.substring(0, 80) + "…" : line)
                + "); restore the file from a backup, or run 'cloudfit migrate rollback' for this VM and start again", cause);
    }
}
