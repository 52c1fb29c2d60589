package dev.cloudfit.assess.cli;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Checks an output file name before any work starts, so that no run can lose data: the output is
 * never one of the inputs (same file by real path, links followed), never a folder or a device, and
 * its extension says what is written in it. Each refusal says what to give instead.
 */
final class OutputFile {

    private OutputFile() {
    }

    /**
     * @param out the output as given
     * @param extension what is written, without the dot ({@code xlsx})
     * @param option the option naming the output ({@code --out})
     * @param inputs every input of the run, as given (missing ones are ignored here)
     * @return {@code out}, checked
     */
    static Path check(Path out, String extension, String option, List<Path> inputs) {
        InputLocation where = InputLocation.of(out);
        String stem = stem(out);
        for (Path input : inputs) {
            if (input != null && sameFile(out, input)) {
                throw new BadInputException(where, option + " names an input of this run, which would be overwritten;"
                        + " give another file name, such as " + stem + "-assessment." + extension);
            }
        }
        if (Files.isDirectory(out)) {
            throw new BadInputException(where, option + " is a folder; give a file name ending ." + extension
                    + ", such as " + out.resolve("assessment." + extension));
        }
        if (Files.exists(out) && !Files.isRegularFile(out)) {
            throw new BadInputException(where, option + " is not a regular file (a device or a pipe); give a file name"
                    + " ending ." + extension);
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            throw new BadInputException(where, "this command writes an ." + extension + " file; give " + option
                    + " a name ending ." + extension + ", such as " + stem + "." + extension);
        }
        return out;
    }

    /** Whether both names lead to one file: by the file system when both exist, else by absolute path. */
    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // unreadable: compare the names below
        }
        return absolute(a).equals(absolute(b));
    }

    private static Path absolute(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent != null && Files.isDirectory(parent)) {
            try {
                return parent.toRealPath().resolve(abs.getFileName());
            } catch (IOException e) {
                return abs;
            }
        }
        return abs;
    }

    private static String stem(Path out) {
        String name = out.getFileName() == null ? "report" : out.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.isEmpty() ? "report" : stem;
    }
}
