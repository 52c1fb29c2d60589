package dev.cloudfit.migrate.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudfit.migrate.itinerary.Step;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One VM's journal file: JSON lines, appended and forced to disk one record at a time, so that what
 * a record says happened is on disk before the next step begins. A line torn by a crash mid-write
 * (the last one, without its newline) is ignored on reading and overwritten by the next append.
 */
public final class VmJournal implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Clock clock;
    private final FileChannel channel;
    private long seq;

    private VmJournal(Path file, Clock clock, FileChannel channel, long seq) {
        this.file = file;
        this.clock = clock;
        this.channel = channel;
        this.seq = seq;
    }

    /** Opens (creating when absent) the journal for appending, after cutting a torn last line. */
    public static VmJournal open(Path file, Clock clock) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            long complete = completeLength(file);
            if (ch.size() > complete) {
                ch.truncate(complete);
                ch.force(true);
            }
            ch.position(complete);
            List<JournalRecord> existing = read(file);
            return new VmJournal(file, clock, ch, existing.isEmpty() ? 0 : existing.get(existing.size() - 1).seq());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the journal " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Appends a record and forces it to disk before returning. */
    public synchronized JournalRecord append(Event event, Optional<Step> step, Map<String, String> data) {
        JournalRecord r = new JournalRecord(++seq, clock.instant(), event, step, data);
        ObjectNode o = JSON.createObjectNode();
        o.put("seq", r.seq());
        o.put("at", r.at().toString());
        o.put("event", r.event().name());
        step.ifPresent(s -> o.put("step", s.toString()));
        ObjectNode d = o.putObject("data");
        new java.util.TreeMap<>(data).forEach(d::put);
        try {
            ByteBuffer line = ByteBuffer.wrap((JSON.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8));
            while (line.hasRemaining()) {
                channel.write(line);
            }
            channel.force(false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
        }
        return r;
    }

    public JournalRecord append(Event event, Step step, Map<String, String> data) {
        return append(event, Optional.of(step), data);
    }

    public JournalRecord append(Event event, Map<String, String> data) {
        return append(event, Optional.empty(), data);
    }

    /** Every complete record of a journal file, in order; none when the file does not exist. */
    public static List<JournalRecord> read(Path file) {
        List<JournalRecord> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    records.add(parse(file, new String(bytes, start, i - start, StandardCharsets.UTF_8)));
                    start = i + 1;
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file + ": " + e.getMessage(), e);
        }
    }

    private static long completeLength(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int last = bytes.length - 1;
        while (last >= 0 && bytes[last] != '\n') {
            last--;
        }
        return last + 1L;
    }

    private static JournalRecord parse(Path file, String line) {
        try {
            JsonNode o = JSON.readTree(line);
            Map<String, String> data = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.path("data").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                data.put(e.getKey(), e.getValue().asText());
            }
            Optional<Step> step = o.hasNonNull("step") ? Optional.of(Step.parse(o.get("step").asText())) : Optional.empty();
            return new JournalRecord(o.path("seq").asLong(), Instant.parse(o.path("at").asText()),
                    Event.valueOf(o.path("event").asText()), step, data);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new JournalDamagedException(file, line, e);
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
