package dev.cloudfit.vsphere.session;

import java.util.Objects;

/**
 * What the server says it is ({@code ServiceContent.about}). Fields the server leaves out are
 * empty strings (an ESXi host has no {@code instanceUuid}).
 *
 * @param name product name, e.g. {@code VMware VirtualCenter}
 * @param fullName name, version and build, e.g. {@code VMware vCenter Server 8.0.2 build-22385739}
 * @param vendor {@code VMware, Inc.}
 * @param version product version, e.g. {@code 8.0.2}
 * @param build build number
 * @param osType e.g. {@code linux-x64}
 * @param apiType {@code VirtualCenter} for a vCenter, {@code HostAgent} for a standalone ESXi host
 * @param apiVersion the highest vim25 version the server speaks, e.g. {@code 8.0.2.0}
 * @param instanceUuid the vCenter's globally unique id: the key for telling vCenters apart
 */
public record AboutInfo(String name, String fullName, String vendor, String version, String build, String osType,
                        String apiType, String apiVersion, String instanceUuid) {

    /** {@link #apiType()} of a vCenter Server. */
    public static final String VIRTUAL_CENTER = "VirtualCenter";
    /** {@link #apiType()} of a standalone ESXi host. */
    public static final String HOST_AGENT = "HostAgent";

    public AboutInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(osType, "osType");
        Objects.requireNonNull(apiType, "apiType");
        Objects.requireNonNull(apiVersion, "apiVersion");
        Objects.requireNonNull(instanceUuid, "instanceUuid");
    }

    /** @return whether this is a vCenter Server (not a single ESXi host) */
    public boolean isVcenter() {
        return VIRTUAL_CENTER.equals(apiType);
    }
}
