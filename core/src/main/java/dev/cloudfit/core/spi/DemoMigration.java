package dev.cloudfit.core.spi;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * What {@code cloudfit demo --migrate} runs after the assessment demo: approve a few rows of the
 * workbook and migrate them against local stand-ins. Found through {@link java.util.ServiceLoader},
 * so that the assess module, which owns {@code demo}, needs no migrate code (layout rule 10).
 */
public interface DemoMigration {

    /**
     * @param folder     the demo's folder; everything the migration writes goes into it
     * @param assessment the assessment workbook the demo just wrote, in {@code folder}
     * @param keys       the folder of the key that signed it (the demo's own, never the user's)
     * @param out        the table and results
     * @param err        progress
     * @return {@code true} when it went through, {@code false} when a signal (Ctrl-C, SIGTERM) stopped it
     */
    boolean run(Path folder, Path assessment, Path keys, PrintWriter out, PrintWriter err);

    /** @return the files and folders {@link #run} makes in the demo folder (so a later demo may replace them) */
    java.util.Set<String> outputs();
}
