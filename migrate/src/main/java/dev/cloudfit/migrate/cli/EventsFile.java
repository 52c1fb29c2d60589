package dev.cloudfit.migrate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudfit.migrate.itinerary.Step;
import dev.cloudfit.migrate.run.RunListener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code --events FILE}: one JSON object a line — {@code at, vm, step, state} and for copies
 * {@code bytes, total, rateMiBps} — appended as things happen, for pipelines to follow.
 */
final class EventsFile implements RunListener, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long BYTES_EVERY_NANOS = 2_000_000_000L;

    private final BufferedWriter out;
    private final Clock clock;
    private final Map<String, long[]> lastBytes = new ConcurrentHashMap<>();

    EventsFile(Path file, Clock clock) {
        try {
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the events file " + file + ": " + e.getMessage(), e);
        }
        this.clock = clock;
    }

    @Override
    public void step(String vm, Step step, String state, String detail) {
        ObjectNode o = base(vm, step, state);
        if (!detail.isEmpty()) {
            o.put("detail", detail);
        }
        write(o);
    }

    @Override
    public void bytes(String vm, Step step, long done, long total) {
        long now = System.nanoTime();
        long[] last = lastBytes.computeIfAbsent(vm + step, k -> new long[] {now - BYTES_EVERY_NANOS, 0});
        if (now - last[0] < BYTES_EVERY_NANOS && done < total) {
            return;
        }
        double rate = (done - last[1]) / 1048576.0 / Math.max(1e-9, (now - last[0]) / 1e9);
        last[0] = now;
        last[1] = done;
        ObjectNode o = base(vm, step, "copying");
        o.put("bytes", done).put("total", total).put("rateMiBps", Math.round(rate * 10) / 10.0);
        write(o);
    }

    private ObjectNode base(String vm, Step step, String state) {
        ObjectNode o = JSON.createObjectNode();
        o.put("at", clock.instant().toString());
        o.put("vm", vm);
        o.put("step", step.toString());
        o.put("state", state);
        return o;
    }

    private synchronized void write(ObjectNode o) {
        try {
            out.write(JSON.writeValueAsString(o));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
