package dev.cloudfit.vsphere.perf;

import java.util.Objects;

/**
 * A counter's full name as vSphere writes it, {@code group.name.rollup}: {@code cpu.usage.average},
 * {@code virtualDisk.numberReadAveraged.average}. Counter keys differ between vCenters; names do not,
 * which is why code asks for counters by name and the catalogue maps them to keys. The middle part
 * may itself hold dots (vCenter has {@code disk.capacity.provisioned.average}); group and rollup do not.
 *
 * @param group e.g. {@code cpu}
 * @param name e.g. {@code usage}
 * @param rollup e.g. {@code average}, {@code summation}, {@code maximum}, {@code latest}, {@code none}
 */
public record CounterName(String group, String name, String rollup) {

    public CounterName {
        requirePart(group, "group", false);
        requirePart(name, "name", true);
        requirePart(rollup, "rollup", false);
    }

    /**
     * @param fullName {@code group.name.rollup}: the first dot ends the group, the last starts the rollup
     * @return the name
     * @throws IllegalArgumentException when it has fewer than three non-empty parts
     */
    public static CounterName parse(String fullName) {
        Objects.requireNonNull(fullName, "fullName");
        int first = fullName.indexOf('.');
        int last = fullName.lastIndexOf('.');
        if (first <= 0 || last == first || last == fullName.length() - 1) {
            throw new IllegalArgumentException("a counter name is group.name.rollup, not: " + fullName);
        }
        return new CounterName(fullName.substring(0, first), fullName.substring(first + 1, last),
                fullName.substring(last + 1));
    }

    @Override
    public String toString() {
        return group + "." + name + "." + rollup;
    }

    private static void requirePart(String part, String what, boolean dotsAllowed) {
        Objects.requireNonNull(part, what);
        if (part.isBlank() || (!dotsAllowed && part.contains(".")) || part.startsWith(".") || part.endsWith(".")) {
            throw new IllegalArgumentException("not a counter " + what + ": '" + part + "'");
        }
    }
}
