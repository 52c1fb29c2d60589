package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.Firmware;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A packaged virtual appliance as it is deployed from its OVA: fixed size, fixed disk layout, the
 * guest OS the OVA declares, and the product it is. {@code vmwareProduct} separates VMware's own
 * appliances (which only run on vSphere, so only on AVS in Azure) from third-party ones.
 * {@code mounts} gives the guest mount point of each disk in order ({@code null}: no file system).
 */
record ApplianceProfile(
        String namePrefix,
        String product,
        boolean vmwareProduct,
        String configuredOs,
        String toolsOs,
        int vcpus,
        int memoryGib,
        List<Integer> diskGib,
        List<String> mounts,
        Firmware firmware,
        int hardwareVersion,
        boolean memoryReserved) {

    ApplianceProfile {
        Objects.requireNonNull(product, "product");
        diskGib = List.copyOf(diskGib);
        mounts = Collections.unmodifiableList(new ArrayList<>(mounts));
        if (diskGib.size() != mounts.size()) {
            throw new IllegalArgumentException("one mount (or null) per disk: " + product);
        }
    }
}
