package dev.cloudfit.migrate.cli;

import dev.cloudfit.migrate.itinerary.Step;
import dev.cloudfit.migrate.run.RunListener;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Progress on a terminal: the ends of steps scroll by as lines, and below them one line per VM that
 * is copying, its {@link ProgressBar} redrawn in place (ANSI: cursor up, erase line) at most five
 * times a second. Logs and pipes get {@link ProgressLines} instead.
 */
final class TerminalProgress implements RunListener {

    private static final String ERASE_LINE = "\r\u001b[2K";
    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final Map<String, String> bars = new LinkedHashMap<>();
    private int drawn;
    private long last;

    TerminalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void step(String vm, Step step, String state, String detail) {
        if (state.equals("started")) {
            return;
        }
        if (step.toString().startsWith("COPY_DISK")) {
            bars.remove(vm);
        }
        erase();
        err.printf("%s: %s %s%s%n", vm, step, state, detail.isEmpty() ? "" : " — " + detail);
        draw();
    }

    @Override
    public synchronized void bytes(String vm, Step step, long done, long total) {
        bars.put(vm, ProgressBar.render(vm, step.toString(), done, total));
        long now = System.nanoTime();
        if (now - last < EVERY_NANOS && done < total) {
            return;
        }
        last = now;
        erase();
        draw();
    }

    /** Moves up over the bars drawn last and erases them. */
    private void erase() {
        for (int i = 0; i < drawn; i++) {
            err.print("\u001b[1A" + ERASE_LINE);
        }
        drawn = 0;
    }

    private void draw() {
        for (String bar : bars.values()) {
            err.print(ERASE_LINE + bar + "\n");
        }
        drawn = bars.size();
        err.flush();
    }
}
