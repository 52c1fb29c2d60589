package dev.cloudfit.migrate.journal;

import dev.cloudfit.migrate.itinerary.Step;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A VM's journal replayed: the current run's mode and finished steps, what exists in Azure because
 * of it (creation order), the shared resources it uses and has not released, what was changed on the source and not yet undone, bytes moved per disk,
 * and the last failure. Derived only from the records, so the same file always replays the same.
 */
public record VmProgress(Optional<RunMode> mode, Set<Step> done, List<Created> created, List<Created> used,
        List<SourceChange> changes, Map<Integer, Long> bytesMoved, Optional<Failure> failure, Optional<Instant> started, Optional<Instant> ended,
        boolean rolledBack, boolean verified) {

    /** A resource in Azure recorded as created (or adopted) for this VM, or (in {@code used}) shared with other VMs. */
    public record Created(String id, String kind, Optional<RunMode> mode) {
    }

    /** A change to the source VM, and what undoes it (journal data). */
    public record SourceChange(String kind, Map<String, String> data) {
    }

    /** The last failure of the current run: the step, the one-line error and the remedy. */
    public record Failure(Step step, String error, String remedy) {
    }

    public VmState state() {
        if (rolledBack) {
            return VmState.ROLLED_BACK;
        }
        if (mode.isEmpty()) {
            return VmState.NOT_STARTED;
        }
        if (failure.isPresent()) {
            return VmState.FAILED;
        }
        if (verified) {
            return mode.get() == RunMode.TEST ? VmState.TESTED : VmState.MIGRATED;
        }
        return VmState.IN_PROGRESS;
    }

    public long totalBytesMoved() {
        return bytesMoved.values().stream().mapToLong(Long::longValue).sum();
    }

    public static VmProgress replay(List<JournalRecord> records) {
        Optional<RunMode> mode = Optional.empty();
        Set<Step> done = new HashSet<>();
        Map<String, Created> created = new LinkedHashMap<>();
        Map<String, Created> used = new LinkedHashMap<>();
        List<SourceChange> changes = new ArrayList<>();
        Map<Integer, Long> bytes = new LinkedHashMap<>();
        Optional<Failure> failure = Optional.empty();
        Optional<Instant> started = Optional.empty();
        Optional<Instant> ended = Optional.empty();
        boolean rolledBack = false;
        boolean verified = false;
        for (JournalRecord r : records) {
            switch (r.event()) {
                case RUN_STARTED -> {
                    mode = Optional.of(RunMode.of(r.get("mode")));
                    done = new HashSet<>();
                    bytes = new LinkedHashMap<>();
                    failure = Optional.empty();
                    started = Optional.of(r.at());
                    ended = Optional.empty();
                    rolledBack = false;
                    verified = false;
                }
                case STARTED -> failure = Optional.empty();
                case DONE -> {
                    Step s = r.step().orElseThrow();
                    done.add(s);
                    if (s.phase() == dev.cloudfit.migrate.itinerary.Phase.VERIFY) {
                        verified = true;
                        ended = Optional.of(r.at());
                    }
                }
                case FAILED -> {
                    failure = Optional.of(new Failure(r.step().orElseThrow(), r.get("error"), r.get("remedy")));
                    ended = Optional.of(r.at());
                }
                case CREATED -> created.put(r.get("id"), new Created(r.get("id"), r.get("kind"), mode));
                case REMOVED -> created.remove(r.get("id"));
                case USED -> used.put(r.get("id"), new Created(r.get("id"), r.get("kind"), mode));
                case RELEASED -> used.remove(r.get("id"));
                case CHANGED -> changes.add(new SourceChange(r.get("kind"), r.data()));
                case UNDONE -> removeLast(changes, r.get("kind"));
                case PROGRESS -> bytes.put(r.get("disk").isEmpty() ? r.step().orElseThrow().disk()
                        : Integer.parseInt(r.get("disk")), Long.parseLong(r.get("bytes")));
                case ROLLED_BACK -> {
                    rolledBack = true;
                    mode = Optional.empty();
                    done = new HashSet<>();
                    failure = Optional.empty();
                    verified = false;
                    ended = Optional.of(r.at());
                }
                default -> throw new IllegalStateException("unknown event " + r.event());
            }
        }
        return new VmProgress(mode, Set.copyOf(done), List.copyOf(created.values()), List.copyOf(used.values()),
                List.copyOf(changes),
                Map.copyOf(bytes), failure, started, ended, rolledBack, verified);
    }

    private static void removeLast(List<SourceChange> changes, String kind) {
        for (int i = changes.size() - 1; i >= 0; i--) {
            if (changes.get(i).kind().equals(kind)) {
                changes.remove(i);
                return;
            }
        }
    }
}
