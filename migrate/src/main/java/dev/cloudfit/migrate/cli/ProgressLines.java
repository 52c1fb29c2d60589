package dev.cloudfit.migrate.cli;

import dev.cloudfit.migrate.itinerary.Step;
import dev.cloudfit.migrate.run.RunListener;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Progress on stderr when it is not a terminal (logs, pipes): a line when a step ends or fails, and a
 * copy's bytes every 10 s (every second when asked). A terminal gets {@link TerminalProgress}.
 */
final class ProgressLines implements RunListener {

    private final PrintWriter err;
    private final long everyNanos;
    private final Map<String, Long> last = new ConcurrentHashMap<>();

    ProgressLines(PrintWriter err, boolean terminal) {
        this.err = err;
        this.everyNanos = terminal ? 1_000_000_000L : 10_000_000_000L;
    }

    @Override
    public synchronized void step(String vm, Step step, String state, String detail) {
        if (state.equals("started")) {
            return; // the end of a step says enough; copies report their bytes
        }
        err.printf("%s: %s %s%s%n", vm, step, state, detail.isEmpty() ? "" : " — " + detail);
        err.flush();
    }

    @Override
    public void bytes(String vm, Step step, long done, long total) {
        long now = System.nanoTime();
        Long before = last.get(vm);
        if (before != null && now - before < everyNanos && done < total) {
            return;
        }
        last.put(vm, now);
        synchronized (this) {
            err.printf("%s: %s %,d / %,d MiB (%d %%)%n", vm, step, done >> 20, total >> 20,
                    total == 0 ? 100 : done * 100 / total);
            err.flush();
        }
    }
}
