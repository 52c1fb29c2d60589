package dev.cloudfit.assess.inventory.csv;

/**
 * A text that {@link LocaleNumber} cannot read as a number. It carries no location: the caller
 * ({@link CsvRow}) knows the file, row and column and turns it into a user-facing error.
 */
public final class MalformedNumberException extends RuntimeException {

    public MalformedNumberException(String problem) {
        super(problem, null, false, false);
    }
}
