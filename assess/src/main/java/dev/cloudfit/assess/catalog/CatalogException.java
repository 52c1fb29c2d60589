package dev.cloudfit.assess.catalog;

import dev.cloudfit.core.error.CloudfitException;
import dev.cloudfit.core.error.ExitCode;

/**
 * A catalog file that cannot be used: unreadable, malformed, or an entry with a missing, negative or
 * duplicate field. The message names the file and the entry. The bundled catalog failing is a defect
 * in cloudfit (exit code 4); a user-supplied catalog directory failing is bad input (exit code 2).
 */
public class CatalogException extends CloudfitException {

    private final boolean userSupplied;

    public CatalogException(String file, String entry, String problem, boolean userSupplied, Throwable cause) {
        super("catalog file " + file + (entry == null ? "" : ", entry " + entry) + ": " + problem, cause);
        this.userSupplied = userSupplied;
    }

    @Override
    public ExitCode exitCode() {
        return userSupplied ? ExitCode.BAD_INPUT : ExitCode.INTERNAL;
    }
}
