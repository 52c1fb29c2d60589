package dev.cloudfit.assess.sizing.readiness;

import dev.cloudfit.assess.inventory.OsFamily;
import dev.cloudfit.assess.inventory.Vm;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guest OS support table of the reference (§4.2), applied to the OS string vCenter or VMware Tools
 * reports. Windows Server 2008–2025: ready (2008–2012 R2 with an info note on end of support);
 * 2003/2003 R2: condition; legacy Windows and Windows client: condition; endorsed Linux at or above the
 * minimum major: ready, without a version: condition (check the version), older or not endorsed:
 * condition; other named OSes: condition; "Other" or nothing: unknown.
 */
public final class GuestOsRule implements ReadinessRule {

    private static final Pattern SERVER_YEAR = Pattern.compile("(2003|2008|2012|2016|2019|2022|2025)( r2)?");
    private static final List<String> LEGACY_WINDOWS = List.of("windows 2000", "windows nt", "windows 98", "windows 95",
            "windows 3.1", "ms-dos", "windows xp", "windows vista", "windows me");
    private static final Pattern CLIENT_VERSION = Pattern.compile("windows (7|8|8\\.1|10|11)\\b");

    @Override
    public List<Finding> check(Vm vm) {
        String os = OsName.of(vm);
        OsFamily family = vm.guestOs().family();
        if (family == OsFamily.UNKNOWN) {
            return List.of(unknown("The guest OS is not reported"));
        }
        for (String legacy : LEGACY_WINDOWS) {
            if (os.contains(legacy)) {
                return List.of(Finding.of("azure.os.windows-unsupported", "WindowsOSNoLongerUnderMSSupport",
                        Severity.CONDITION, OsName.display(vm) + " has no Microsoft support on Azure",
                        "Upgrade to a supported Windows Server version before migration"));
            }
        }
        return switch (family) {
            case WINDOWS_SERVER -> windowsServer(vm, os);
            case WINDOWS_CLIENT -> windowsClient(vm, os);
            case LINUX -> linux(vm, os);
            default -> os.startsWith("other") || os.isBlank()
                    ? List.of(unknown("The guest OS is reported only as '" + OsName.display(vm) + "'"))
                    : List.of(Finding.of("azure.os.not-windows-or-linux", "NoGuestOperatingSystemConditionallySupported",
                            Severity.CONDITION, OsName.display(vm) + " is neither Windows nor an endorsed Linux",
                            "Check that the OS runs on Hyper-V Generation 1 or 2 and that the vendor supports it on Azure"));
        };
    }

    private static List<Finding> windowsServer(Vm vm, String os) {
        Matcher m = SERVER_YEAR.matcher(os);
        if (!m.find()) {
            return List.of(Finding.of("azure.os.windows-server-version-unknown", "WindowsServerVersionsSupportedWithCaveat",
                    Severity.CONDITION, "The Windows Server version of '" + OsName.display(vm) + "' is not recognised",
                    "Check the OS version; Windows Server 2008 and later run on Azure"));
        }
        String year = m.group(1);
        return switch (year) {
            case "2003" -> List.of(Finding.of("azure.os.windows-server-2003", "WindowsServerVersionConditionallySupported",
                    Severity.CONDITION, OsName.display(vm) + " is supported on Azure only with a Custom Support Agreement",
                    "Upgrade to Windows Server 2012 or later, or obtain a Custom Support Agreement"));
            case "2008", "2012" -> List.of(Finding.of("azure.os.windows-server-end-of-support", "WindowsServerVersionsSupportedWithCaveat",
                    Severity.INFO, OsName.display(vm) + " is past Microsoft's end of support; Azure offers Extended Security Updates",
                    "Plan an OS upgrade; enrol in Extended Security Updates after migration"));
            default -> List.of();
        };
    }

    private static List<Finding> windowsClient(Vm vm, String os) {
        String which = CLIENT_VERSION.matcher(os).find() ? OsName.display(vm) : "Windows client '" + OsName.display(vm) + "'";
        return List.of(Finding.of("azure.os.windows-client", "WindowsClientVersionsConditionallySupported",
                Severity.CONDITION, which + " runs on Azure only for dev/test under a Visual Studio subscription "
                        + "(Windows 10/11 Pro/Enterprise: multitenant hosting rights)",
                "Confirm the licensing route, or move the workload to Windows Server or Azure Virtual Desktop"));
    }

    private static List<Finding> linux(Vm vm, String os) {
        Optional<LinuxDistribution> distro = LinuxDistribution.find(os);
        if (distro.isEmpty()) {
            return List.of(Finding.of("azure.os.linux-not-endorsed", "UnendorsedLinuxDistributions", Severity.CONDITION,
                    OsName.display(vm) + " is not an Azure-endorsed Linux distribution",
                    "Check the vendor's support for Azure and that Hyper-V drivers (hv_vmbus, hv_storvsc, hv_netvsc) are in the initramfs"));
        }
        LinuxDistribution d = distro.get();
        OptionalInt major = d.majorVersion(os);
        if (d.minimumMajor() == 0) {
            return List.of();
        }
        if (major.isEmpty()) {
            return List.of(Finding.of("azure.os.linux-version-unknown", d.checkCode(), Severity.CONDITION,
                    "The " + d.displayName() + " version is not reported, so endorsement cannot be confirmed",
                    "Confirm the version is " + d.displayName() + " " + d.minimumMajor() + " or later (VMware Tools or guest discovery report it)"));
        }
        if (major.getAsInt() < d.minimumMajor()) {
            return List.of(Finding.of("azure.os.linux-version-not-endorsed", "UnendorsedLinuxDistributions", Severity.CONDITION,
                    d.displayName() + " " + major.getAsInt() + " is older than the endorsed " + d.displayName() + " " + d.minimumMajor(),
                    "Upgrade to " + d.displayName() + " " + d.minimumMajor() + " or later, or accept best-effort support"));
        }
        return List.of();
    }

    private static Finding unknown(String message) {
        return Finding.of("azure.os.unknown", "GuestOperatingSystemUnknown", Severity.UNKNOWN, message,
                "Set the guest OS in the VM's configuration or install VMware Tools so the OS is reported");
    }
}
