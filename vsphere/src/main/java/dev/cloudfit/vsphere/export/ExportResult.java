package dev.cloudfit.vsphere.export;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.List;
import java.util.Objects;

/**
 * A finished export.
 *
 * @param vm the VM
 * @param lease the lease, now {@code done}
 * @param streamedBytes the bytes of each disk's VMDK stream, in lease order
 * @param keepAliveCalls how many progress calls kept the lease alive
 */
public record ExportResult(ManagedObjectReference vm, ManagedObjectReference lease, List<Long> streamedBytes,
                           int keepAliveCalls) {

    public ExportResult {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(lease, "lease");
        streamedBytes = List.copyOf(streamedBytes);
    }
}
