package dev.cloudfit.vsphere.export;

import java.io.IOException;
import java.io.InputStream;

/**
 * Takes one exported disk as it streams: a streamOptimized VMDK. It must read the stream to its end
 * (or throw); an exception makes the export abort its lease.
 */
@FunctionalInterface
public interface ExportedDiskSink {

    /**
     * @param index the disk's position among the lease's disks, from 0
     * @param device the lease's device URL of the disk (its key tells which controller slot)
     * @param vmdk the streamOptimized VMDK, read once, in order
     */
    void accept(int index, DeviceUrl device, InputStream vmdk) throws IOException;
}
