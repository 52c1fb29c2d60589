package dev.cloudfit.assess.sizing.readiness;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Linux distributions endorsed on Azure, with the oldest major version cloudfit treats as endorsed and
 * Azure Migrate's version-check code. The minimum majors are cloudfit's reading of Microsoft's
 * "Endorsed Linux distributions" page (not in the reference; listed in {@code docs/methodology.md} so a
 * reader can check them).
 */
public enum LinuxDistribution {
    RED_HAT("Red Hat Enterprise Linux", List.of("red hat", "rhel"), 7, "CheckRedHatLinuxVersion"),
    CENTOS("CentOS", List.of("centos"), 7, "CheckCentOsVersion"),
    SUSE("SUSE Linux Enterprise", List.of("suse linux enterprise", "sles"), 12, "CheckSuseLinuxVersion"),
    OPENSUSE("openSUSE", List.of("opensuse"), 15, "CheckOpenSuseLinuxVersion"),
    UBUNTU("Ubuntu", List.of("ubuntu"), 18, "CheckUbuntuLinuxVersion"),
    DEBIAN("Debian", List.of("debian"), 10, "CheckDebianLinuxVersion"),
    ORACLE("Oracle Linux", List.of("oracle linux", "oracle enterprise linux"), 7, "CheckOracleLinuxVersion"),
    FLATCAR("Flatcar / CoreOS", List.of("flatcar", "coreos"), 0, "CheckCoreOsLinuxVersion"),
    ROCKY("Rocky Linux", List.of("rocky"), 8, "CheckRockyLinuxVersion"),
    ALMA("AlmaLinux", List.of("almalinux", "alma linux"), 8, "CheckAlmaLinuxVersion");

    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d{1,2})(?:\\.\\d+)?");

    private final String displayName;
    private final List<String> markers;
    private final int minimumMajor;
    private final String checkCode;

    LinuxDistribution(String displayName, List<String> markers, int minimumMajor, String checkCode) {
        this.displayName = displayName;
        this.markers = markers;
        this.minimumMajor = minimumMajor;
        this.checkCode = checkCode;
    }

    public String displayName() {
        return displayName;
    }

    public int minimumMajor() {
        return minimumMajor;
    }

    public String checkCode() {
        return checkCode;
    }

    /** The distribution an OS string (lower case) names, if endorsed. */
    public static Optional<LinuxDistribution> find(String os) {
        for (LinuxDistribution d : values()) {
            for (String m : d.markers) {
                if (os.contains(m)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    /** The major version written after the distribution's marker ("red hat enterprise linux 8 (64-bit)" → 8). */
    public OptionalInt majorVersion(String os) {
        for (String m : markers) {
            int at = os.indexOf(m);
            if (at >= 0) {
                String rest = os.substring(at + m.length()).replace("(64-bit)", "").replace("(32-bit)", "");
                Matcher matcher = FIRST_NUMBER.matcher(rest);
                if (matcher.find()) {
                    return OptionalInt.of(Integer.parseInt(matcher.group(1)));
                }
                return OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }
}
