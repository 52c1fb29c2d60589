package dev.cloudfit.migrate.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.migrate.itinerary.Phase;
import dev.cloudfit.migrate.itinerary.Step;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VmJournalTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aRunReplaysIntoDoneStepsCreatedResourcesAndSourceChanges() {
        Path file = dir.resolve("vm.jsonl");
        try (VmJournal j = VmJournal.open(file, CLOCK)) {
            j.append(Event.RUN_STARTED, Map.of("mode", "test"));
            j.append(Event.STARTED, Step.of(Phase.PREPARE_SOURCE), Map.of());
            j.append(Event.CHANGED, Step.of(Phase.PREPARE_SOURCE), Map.of("kind", "snapshot", "snapshot", "snapshot-7"));
            j.append(Event.DONE, Step.of(Phase.PREPARE_SOURCE), Map.of());
            j.append(Event.STARTED, Step.disk(Phase.CREATE_DISK, 0), Map.of());
            j.append(Event.CREATED, Step.disk(Phase.CREATE_DISK, 0), Map.of("id", "/subscriptions/s/disk-0", "kind", "disk"));
            j.append(Event.DONE, Step.disk(Phase.CREATE_DISK, 0), Map.of());
            j.append(Event.PROGRESS, Step.disk(Phase.COPY_DISK, 0), Map.of("bytes", "4194304"));
            j.append(Event.FAILED, Step.disk(Phase.COPY_DISK, 0), Map.of("error", "lost the connection", "remedy", "resume"));
        }
        VmProgress p = VmProgress.replay(VmJournal.read(file));
        assertThat(p.state()).isEqualTo(VmState.FAILED);
        assertThat(p.mode()).contains(RunMode.TEST);
        assertThat(p.done()).containsExactlyInAnyOrder(Step.of(Phase.PREPARE_SOURCE), Step.disk(Phase.CREATE_DISK, 0));
        assertThat(p.created()).extracting(VmProgress.Created::id).containsExactly("/subscriptions/s/disk-0");
        assertThat(p.changes()).extracting(VmProgress.SourceChange::kind).containsExactly("snapshot");
        assertThat(p.changes().get(0).data()).containsEntry("snapshot", "snapshot-7");
        assertThat(p.totalBytesMoved()).isEqualTo(4194304);
        assertThat(p.failure().orElseThrow().step()).isEqualTo(Step.disk(Phase.COPY_DISK, 0));
    }

    @Test
    void aLineTornByACrashIsIgnoredAndOverwrittenByTheNextRecord() throws Exception {
        Path file = dir.resolve("vm.jsonl");
        try (VmJournal j = VmJournal.open(file, CLOCK)) {
            j.append(Event.RUN_STARTED, Map.of("mode", "production"));
        }
        Files.writeString(file, "{\"seq\":2,\"at\":\"2026-12-07T10:00:00Z\",\"ev", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        assertThat(VmJournal.read(file)).hasSize(1);
        try (VmJournal j = VmJournal.open(file, CLOCK)) {
            JournalRecord r = j.append(Event.STARTED, Step.of(Phase.PREPARE_SOURCE), Map.of());
            assertThat(r.seq()).isEqualTo(2);
        }
        List<JournalRecord> records = VmJournal.read(file);
        assertThat(records).extracting(JournalRecord::event).containsExactly(Event.RUN_STARTED, Event.STARTED);
        assertThat(Files.readString(file)).doesNotContain("\"ev\n").endsWith("}\n");
    }

    @Test
    void aRollbackEndsTheRunAndKeepsWhatIsStillToRemove() {
        Path file = dir.resolve("vm.jsonl");
        try (VmJournal j = VmJournal.open(file, CLOCK)) {
            j.append(Event.RUN_STARTED, Map.of("mode", "test"));
            j.append(Event.CREATED, Step.disk(Phase.CREATE_DISK, 0), Map.of("id", "d0", "kind", "disk"));
            j.append(Event.CREATED, Step.of(Phase.CREATE_NIC), Map.of("id", "nic", "kind", "nic"));
            j.append(Event.DONE, Step.of(Phase.VERIFY), Map.of());
        }
        assertThat(VmProgress.replay(VmJournal.read(file)).state()).isEqualTo(VmState.TESTED);
        try (VmJournal j = VmJournal.open(file, CLOCK)) {
            j.append(Event.REMOVED, Map.of("id", "nic"));
            j.append(Event.REMOVED, Map.of("id", "d0"));
            j.append(Event.ROLLED_BACK, Map.of());
        }
        VmProgress p = VmProgress.replay(VmJournal.read(file));
        assertThat(p.state()).isEqualTo(VmState.ROLLED_BACK);
        assertThat(p.created()).isEmpty();
    }

    @Test
    void aDamagedLineIsNamed() throws Exception {
        Path file = dir.resolve("vm.jsonl");
        Files.writeString(file, "not json\n");
        assertThatThrownBy(() -> VmJournal.read(file)).isInstanceOf(JournalDamagedException.class)
                .hasMessageContaining("vm.jsonl").hasMessageContaining("not json");
    }
}
