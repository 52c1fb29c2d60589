package dev.cloudfit.migrate.journal;

import dev.cloudfit.migrate.itinerary.Step;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a VM's journal. {@code data} holds plain strings (resource ids, byte counts, error
 * text); never a secret: SAS URLs, passwords and tokens are not journaled.
 */
public record JournalRecord(long seq, Instant at, Event event, Optional<Step> step, Map<String, String> data) {

    public JournalRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(step, "step");
        data = Map.copyOf(data);
    }

    public String get(String key) {
        return data.getOrDefault(key, "");
    }
}
