package dev.cloudfit.migrate.disk.vmdk;

import dev.cloudfit.core.error.BadInputException;

/** One-line errors about a VMDK: the file (or stream), the byte offset, and what was expected. */
final class Problem {

    private Problem() {
    }

    static BadInputException at(String source, long offset, String what) {
        return new BadInputException(source + ", byte " + offset + ": " + what);
    }

    static BadInputException in(String source, String what) {
        return new BadInputException(source + ": " + what);
    }
}
