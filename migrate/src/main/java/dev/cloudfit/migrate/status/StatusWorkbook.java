package dev.cloudfit.migrate.status;

import dev.cloudfit.reports.table.OutputCell;
import dev.cloudfit.reports.table.SheetOutput;
import dev.cloudfit.reports.table.TableOutput;
import dev.cloudfit.reports.xlsx.XlsxStreamWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** {@code migrate report --out status.xlsx}: one row per approved VM, written atomically. */
public final class StatusWorkbook {

    static final List<String> HEADERS = List.of("VM", "Instance UUID", "Wave", "Target size", "State", "Mode", "Last step",
            "Bytes moved", "Started (UTC)", "Ended (UTC)", "Azure resources", "Error", "Remedy");

    private StatusWorkbook() {
    }

    public static void write(List<VmStatus> rows, Path target) {
        try (TableOutput out = XlsxStreamWriter.open(target)) {
            SheetOutput sheet = out.addSheet("Migration status", HEADERS);
            for (VmStatus s : rows) {
                sheet.row(List.of(OutputCell.text(s.vm()), OutputCell.text(s.instanceUuid()), OutputCell.number(s.wave()),
                        OutputCell.text(s.targetSize()), OutputCell.text(s.state().words()), OutputCell.text(s.mode()),
                        OutputCell.text(s.step()), OutputCell.number(s.bytesMoved()), time(s.started()), time(s.ended()),
                        OutputCell.text(String.join("\n", s.azureResources())), OutputCell.text(s.error()),
                        OutputCell.text(s.remedy())));
            }
            out.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static OutputCell time(Optional<Instant> t) {
        return OutputCell.timestamp(t.map(i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC)).orElse(null));
    }
}
