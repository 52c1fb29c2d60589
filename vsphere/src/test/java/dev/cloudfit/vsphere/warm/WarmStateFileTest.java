package dev.cloudfit.vsphere.warm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmStateFileTest {

    @TempDir
    Path dir;

    @Test
    void aStateComesBackAsWritten() {
        WarmStateFile file = new WarmStateFile(dir.resolve("vm-42.json"));
        assertThat(file.read()).isEmpty();
        WarmState state = new WarmState(new ManagedObjectReference("VirtualMachine", "vm-42"),
                Optional.of(new ManagedObjectReference("VirtualMachineSnapshot", "snapshot-7")),
                Map.of(2000, "52 de c0 d9 98 ae 5a 2d-c6 fe ad 19 d4 1b 87 4b/12", 2001, "52 aa/3"), 4);
        file.write(state);
        assertThat(file.read()).contains(state);

        WarmState released = state.withSnapshot(Optional.empty());
        file.write(released);
        assertThat(file.read()).contains(released);
        assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aForeignFileIsRefusedByName() throws Exception {
        Path path = dir.resolve("other.json");
        Files.writeString(path, "{\"hello\":1}");
        assertThatThrownBy(() -> new WarmStateFile(path).read()).isInstanceOf(BadInputException.class)
                .hasMessageContaining(path.toString()).hasMessageContaining("not a cloudfit warm-migration state");
    }
}
