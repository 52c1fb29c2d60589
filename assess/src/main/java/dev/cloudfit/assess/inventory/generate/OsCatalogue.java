package dev.cloudfit.assess.inventory.generate;

import java.util.List;

/**
 * The guest operating systems of a typical 2026 VMware estate, with vSphere's own names, and how
 * often each occurs. Windows Server 2016–2022 and RHEL dominate; Windows clients, old Linux and
 * "Other Linux" are a thin tail. 32-bit guests are kept apart: they are a category of their own.
 */
final class OsCatalogue {

    static final List<OsProfile> SIXTY_FOUR_BIT = List.of(
            win("ws2012r2", "Microsoft Windows Server 2012 (64-bit)", "Microsoft Windows Server 2012 (64-bit)", 7, 8, 19, 0.08, 2013),
            win("ws2016", "Microsoft Windows Server 2016 or later (64-bit)", "Microsoft Windows Server 2016 or later (64-bit)", 15, 11, 19, 0.35, 2016),
            win("ws2019", "Microsoft Windows Server 2016 or later (64-bit)", "Microsoft Windows Server 2019 (64-bit)", 18, 14, 21, 0.6, 2019),
            win("ws2022", "Microsoft Windows Server 2022 (64-bit)", "Microsoft Windows Server 2022 (64-bit)", 14, 19, 21, 0.85, 2021),
            win("win10", "Microsoft Windows 10 (64-bit)", "Microsoft Windows 10 (64-bit)", 1.5, 13, 21, 0.5, 2016),
            win("win11", "Microsoft Windows 11 (64-bit)", "Microsoft Windows 11 (64-bit)", 0.7, 19, 21, 1.0, 2022),
            linux("rhel7", "Red Hat Enterprise Linux 7 (64-bit)", "Red Hat Enterprise Linux 7 (64-bit)", 6, 10, 19, 0.1, 2014),
            linux("rhel8", "Red Hat Enterprise Linux 8 (64-bit)", "Red Hat Enterprise Linux 8 (64-bit)", 8, 14, 21, 0.4, 2019),
            linux("rhel9", "Red Hat Enterprise Linux 9 (64-bit)", "Red Hat Enterprise Linux 9 (64-bit)", 6, 19, 21, 0.6, 2022),
            linux("ubuntu1804", "Ubuntu Linux (64-bit)", "Ubuntu 18.04.6 LTS", 2, 13, 19, 0.15, 2018),
            linux("ubuntu2004", "Ubuntu Linux (64-bit)", "Ubuntu 20.04.6 LTS", 4, 14, 21, 0.3, 2020),
            linux("ubuntu2204", "Ubuntu Linux (64-bit)", "Ubuntu 22.04.4 LTS", 4, 17, 21, 0.5, 2022),
            linux("ubuntu2404", "Ubuntu Linux (64-bit)", "Ubuntu 24.04.1 LTS", 2, 19, 21, 0.6, 2024),
            linux("sles12", "SUSE Linux Enterprise 12 (64-bit)", "SUSE Linux Enterprise 12 (64-bit)", 1.5, 11, 19, 0.15, 2014),
            linux("sles15", "SUSE Linux Enterprise 15 (64-bit)", "SUSE Linux Enterprise 15 (64-bit)", 2.5, 14, 21, 0.45, 2018),
            linux("centos7", "CentOS 7 (64-bit)", "CentOS 7 (64-bit)", 5, 10, 19, 0.05, 2014),
            linux("debian10", "Debian GNU/Linux 10 (64-bit)", "Debian GNU/Linux 10 (64-bit)", 1, 13, 19, 0.2, 2019),
            linux("debian11", "Debian GNU/Linux 11 (64-bit)", "Debian GNU/Linux 11 (64-bit)", 1, 14, 21, 0.3, 2021),
            linux("debian12", "Debian GNU/Linux 12 (64-bit)", "Debian GNU/Linux 12 (64-bit)", 1, 19, 21, 0.5, 2023),
            linux("ol7", "Oracle Linux 7 (64-bit)", "Oracle Linux 7 (64-bit)", 1.5, 10, 19, 0.1, 2014),
            linux("ol8", "Oracle Linux 8 (64-bit)", "Oracle Linux 8 (64-bit)", 1.5, 14, 21, 0.4, 2019),
            linux("other3x", "Other 3.x or later Linux (64-bit)", "Other 3.x or later Linux (64-bit)", 1.5, 8, 19, 0.05, 2012),
            linux("other4x", "Other 4.x or later Linux (64-bit)", "Other 4.x or later Linux (64-bit)", 0.8, 14, 21, 0.2, 2018));

    static final List<OsProfile> THIRTY_TWO_BIT = List.of(
            new OsProfile("ws2008x86", "Microsoft Windows Server 2008 (32-bit)", "Microsoft Windows Server 2008 (32-bit)",
                    true, 32, 3, 7, 13, 0, 2008),
            new OsProfile("win7x86", "Microsoft Windows 7 (32-bit)", "Microsoft Windows 7 (32-bit)", true, 32, 2, 7, 13, 0, 2009),
            new OsProfile("rhel6x86", "Red Hat Enterprise Linux 6 (32-bit)", "Red Hat Enterprise Linux 6 (32-bit)",
                    false, 32, 2, 7, 13, 0, 2010),
            new OsProfile("ubuntux86", "Ubuntu Linux (32-bit)", "Ubuntu 16.04.7 LTS", false, 32, 1, 8, 13, 0, 2016),
            new OsProfile("debian9x86", "Debian GNU/Linux 9 (32-bit)", "Debian GNU/Linux 9 (32-bit)", false, 32, 1, 8, 14, 0, 2017),
            new OsProfile("other3x86", "Other 3.x Linux (32-bit)", "Other 3.x Linux (32-bit)", false, 32, 1, 7, 13, 0, 2012));

    private static final double[] WEIGHTS_64 = weights(SIXTY_FOUR_BIT);
    private static final double[] WEIGHTS_32 = weights(THIRTY_TWO_BIT);

    private OsCatalogue() {
    }

    static OsProfile pick64(Dice dice) {
        return dice.weighted(SIXTY_FOUR_BIT, WEIGHTS_64);
    }

    static OsProfile pick32(Dice dice) {
        return dice.weighted(THIRTY_TWO_BIT, WEIGHTS_32);
    }

    /** A profile by its short name, for the special kinds that need a particular OS. */
    static OsProfile named(String shortName) {
        return SIXTY_FOUR_BIT.stream().filter(p -> p.shortName().equals(shortName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no OS profile " + shortName));
    }

    private static OsProfile win(String s, String cfg, String tools, double w, int minHw, int maxHw, double efi, int year) {
        return new OsProfile(s, cfg, tools, true, 64, w, minHw, maxHw, efi, year);
    }

    private static OsProfile linux(String s, String cfg, String tools, double w, int minHw, int maxHw, double efi, int year) {
        return new OsProfile(s, cfg, tools, false, 64, w, minHw, maxHw, efi, year);
    }

    private static double[] weights(List<OsProfile> profiles) {
        return profiles.stream().mapToDouble(OsProfile::weight).toArray();
    }
}
