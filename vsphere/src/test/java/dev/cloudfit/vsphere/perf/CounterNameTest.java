package dev.cloudfit.vsphere.perf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CounterNameTest {

    @Test
    void parsesGroupNameAndRollup() {
        assertThat(CounterName.parse("cpu.usage.average")).isEqualTo(new CounterName("cpu", "usage", "average"));
        assertThat(CounterName.parse("disk.capacity.provisioned.average"))
                .isEqualTo(new CounterName("disk", "capacity.provisioned", "average"));
        assertThat(CounterName.parse("virtualDisk.numberReadAveraged.average").toString())
                .isEqualTo("virtualDisk.numberReadAveraged.average");
    }

    @Test
    void refusesWhatIsNotThreeParts() {
        for (String bad : new String[] {"cpu.usage", "cpu", ".usage.average", "cpu.usage.", "cpu..average"}) {
            assertThatThrownBy(() -> CounterName.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
