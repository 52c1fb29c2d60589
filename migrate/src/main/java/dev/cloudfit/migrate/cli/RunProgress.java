package dev.cloudfit.migrate.cli;

import dev.cloudfit.migrate.run.RunListener;
import java.io.PrintWriter;

/** How a run shows its progress on stderr: bars on a terminal, lines otherwise (also for {@code demo --migrate}). */
public final class RunProgress {

    private RunProgress() {
    }

    /** @return {@link TerminalProgress} when there is a console, else {@link ProgressLines} every 10 s */
    public static RunListener onStderr(PrintWriter err) {
        return System.console() != null ? new TerminalProgress(err) : new ProgressLines(err, false);
    }
}
