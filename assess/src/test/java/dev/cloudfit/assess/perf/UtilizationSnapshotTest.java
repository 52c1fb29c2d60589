package dev.cloudfit.assess.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.units.DataRate;
import dev.cloudfit.core.units.Percentage;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class UtilizationSnapshotTest {

    private static final DiskIo NO_IO = new DiskIo(DiskIo.ALL_DISKS, Optional.empty(), Optional.empty(),
            OptionalDouble.empty(), OptionalDouble.empty());

    @Test
    void emptyOnlyWhenNoFigureIsKnown() {
        UtilizationSnapshot none = new UtilizationSnapshot("test", Optional.empty(), Optional.empty(),
                List.of(new DiskIo("Disk 1", Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty())), NO_IO, Optional.empty(), Optional.empty());
        assertThat(none.isEmpty()).isTrue();

        UtilizationSnapshot idleCpu = new UtilizationSnapshot("test", Optional.of(Percentage.ZERO), Optional.empty(),
                List.of(), NO_IO, Optional.empty(), Optional.empty());
        assertThat(idleCpu.isEmpty()).as("a measured 0 % is a figure").isFalse();

        UtilizationSnapshot diskOnly = new UtilizationSnapshot("test", Optional.empty(), Optional.empty(),
                List.of(new DiskIo("Disk 1", Optional.of(DataRate.ZERO), Optional.empty(), OptionalDouble.empty(),
                        OptionalDouble.empty())), NO_IO, Optional.empty(), Optional.empty());
        assertThat(diskOnly.isEmpty()).isFalse();
    }

    @Test
    void operationRatesCannotBeNegativeOrInfinite() {
        assertThatThrownBy(() -> new DiskIo("Disk 1", Optional.empty(), Optional.empty(), OptionalDouble.of(-1),
                OptionalDouble.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DiskIo("Disk 1", Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                OptionalDouble.of(Double.POSITIVE_INFINITY))).isInstanceOf(IllegalArgumentException.class);
    }
}
