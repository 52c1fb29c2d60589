package dev.cloudfit.migrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudfit.migrate.itinerary.Phase;
import dev.cloudfit.migrate.itinerary.Step;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The terminal bar from bytes done and total; expected texts worked out by hand (20 cells, whole cells only). */
class ProgressBarTest {

    static final long MIB = 1L << 20;

    @Test
    void nothingHalfAlmostAndAll() {
        assertThat(ProgressBar.render("web01", "COPY_DISK:0", 0, 24 * MIB))
                .isEqualTo("web01 COPY_DISK:0 [--------------------]   0 %  0/24 MiB");
        // 12 of 24 MiB: 10 of 20 cells
        assertThat(ProgressBar.render("web01", "COPY_DISK:0", 12 * MIB, 24 * MIB))
                .isEqualTo("web01 COPY_DISK:0 [##########----------]  50 %  12/24 MiB");
        // one byte short: 19 cells, 99 %, 23 whole MiB
        assertThat(ProgressBar.render("web01", "COPY_DISK:0", 24 * MIB - 1, 24 * MIB))
                .isEqualTo("web01 COPY_DISK:0 [###################-]  99 %  23/24 MiB");
        assertThat(ProgressBar.render("web01", "COPY_DISK:1", 24 * MIB, 24 * MIB))
                .isEqualTo("web01 COPY_DISK:1 [####################] 100 %  24/24 MiB");
    }

    @Test
    void largeDisksOutOfRangeFiguresAndAnEmptyDisk() {
        // 1 of 3 TiB: 20/3 = 6.67, so 6 cells; 33 %; 1,048,576 of 3,145,728 MiB
        assertThat(ProgressBar.render("db01", "COPY_DISK:2", 1L << 40, 3L << 40))
                .isEqualTo("db01 COPY_DISK:2 [######--------------]  33 %  1,048,576/3,145,728 MiB");
        assertThat(ProgressBar.render("db01", "COPY_DISK:0", 30 * MIB, 24 * MIB)).contains("[####################] 100 %  24/24");
        assertThat(ProgressBar.render("db01", "COPY_DISK:0", -5, 24 * MIB)).contains("[--------------------]   0 %  0/24");
        assertThat(ProgressBar.render("db01", "COPY_DISK:0", 0, 0)).contains("[####################] 100 %  0/0 MiB");
    }

    @Test
    void aTerminalGetsStepLinesAboveTheBarsWhichAreRedrawnInPlace() {
        StringWriter text = new StringWriter();
        TerminalProgress progress = new TerminalProgress(new PrintWriter(text));
        Step copy = Step.disk(Phase.COPY_DISK, 0);
        progress.step("web01", Step.of(Phase.PREPARE_SOURCE), "done", "");
        progress.bytes("web01", copy, 12 * MIB, 24 * MIB);
        progress.bytes("web01", copy, 24 * MIB, 24 * MIB);
        progress.step("web01", copy, "done", "");
        String up = "\u001b[1A\r\u001b[2K";
        String erase = "\r\u001b[2K";
        assertThat(text.toString()).isEqualTo("web01: PREPARE_SOURCE done\n"
                + erase + "web01 COPY_DISK:0 [##########----------]  50 %  12/24 MiB\n"
                + up + erase + "web01 COPY_DISK:0 [####################] 100 %  24/24 MiB\n"
                + up + "web01: COPY_DISK:0 done\n");
    }
}
