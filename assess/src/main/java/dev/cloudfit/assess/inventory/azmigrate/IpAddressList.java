package dev.cloudfit.assess.inventory.azmigrate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The template's {@code IP addresses} cell split into IPv4 and IPv6 literals. Addresses are
 * separated by commas, semicolons or white space. Nothing is resolved: a text that is neither
 * literal (a host name, a typo) goes to {@code invalid} for a warning.
 */
record IpAddressList(List<String> ipv4, List<String> ipv6, List<String> invalid) {

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile("^" + OCTET + "(\\." + OCTET + "){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9a-fA-F:.]+(%[0-9A-Za-z._-]+)?$");

    IpAddressList {
        ipv4 = List.copyOf(ipv4);
        ipv6 = List.copyOf(ipv6);
        invalid = List.copyOf(invalid);
    }

    static final IpAddressList NONE = new IpAddressList(List.of(), List.of(), List.of());

    static IpAddressList parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return NONE;
        }
        List<String> v4 = new ArrayList<>();
        List<String> v6 = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        for (String token : SEPARATORS.split(cell.strip())) {
            String t = token.startsWith("[") && token.endsWith("]") ? token.substring(1, token.length() - 1) : token;
            if (t.isEmpty()) {
                continue;
            }
            if (IPV4.matcher(t).matches()) {
                v4.add(t);
            } else if (isIpv6(t)) {
                v6.add(t);
            } else {
                bad.add(token);
            }
        }
        return new IpAddressList(v4, v6, bad);
    }

    boolean isEmpty() {
        return ipv4.isEmpty() && ipv6.isEmpty();
    }

    private static boolean isIpv6(String t) {
        if (!IPV6.matcher(t).matches()) {
            return false;
        }
        String address = t.contains("%") ? t.substring(0, t.indexOf('%')) : t;
        long colons = address.chars().filter(c -> c == ':').count();
        int doubleColon = address.indexOf("::");
        boolean onlyOneDoubleColon = doubleColon < 0 || address.indexOf("::", doubleColon + 1) < 0;
        if (colons < 2 || colons > 7 || !onlyOneDoubleColon) {
            return false;
        }
        for (String group : address.split(":", -1)) {
            if (group.length() > 4 && !(group.contains(".") && IPV4.matcher(group).matches())) {
                return false;
            }
        }
        return true;
    }
}
