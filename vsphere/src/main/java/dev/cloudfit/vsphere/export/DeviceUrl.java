package dev.cloudfit.vsphere.export;

import java.util.Objects;
import java.util.Optional;

/**
 * One file of an export lease ({@code HttpNfcLeaseDeviceUrl}).
 *
 * @param key the device's key, e.g. {@code /vm-42/VirtualLsiLogicController0:0}
 * @param targetId the file name the lease proposes, e.g. {@code disk-0.vmdk}
 * @param url as vCenter sent it; its host may be {@code *}, meaning "the host you asked"
 * @param sslThumbprint the SHA-1 thumbprint of the certificate serving the URL, when vCenter says
 * @param disk whether the file is a disk
 * @param fileSize the size in bytes when vCenter knows it (often 0 for exports)
 */
public record DeviceUrl(String key, String targetId, String url, Optional<String> sslThumbprint, boolean disk,
                        long fileSize) {

    public DeviceUrl {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(sslThumbprint, "sslThumbprint");
    }
}
