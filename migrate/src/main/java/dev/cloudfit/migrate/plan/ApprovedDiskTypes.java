package dev.cloudfit.migrate.plan;

import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The approved managed-disk type of each of a VM's disks, matched by the disk's slot, not by its
 * place in vCenter's device list. The Migration Plan's "Disk types" cell is one ordered list that
 * names no disk; the assessment writes it in slot order (bus kind SCSI, SATA, NVMe, IDE, then bus
 * number, then unit: {@link DiskOrder#SLOT_ORDER}) whenever the inventory gives every disk's address.
 * So the i-th approved type belongs to the i-th disk in slot order. A type is determined only when:
 * <ul>
 * <li>the VM has as many disks as types (otherwise pre-flight's disk-count finding blocks the VM, and
 *     no disk gets a type);</li>
 * <li>every type is the same: every disk gets it, in whatever order; or else every disk has a slot
 *     (otherwise the disk is {@link Problem.Kind#AMBIGUOUS}: its type is never guessed);</li>
 * <li>a type with a fixed size ({@code P10}, {@code E30}, {@code S4} ...) holds the disk it matched;
 *     otherwise the disk grew or the plan listed the disks in another order
 *     ({@link Problem.Kind#TOO_SMALL}).</li>
 * </ul>
 *
 * @param byKey    the approved type by device key, for the disks whose type is determined
 * @param problems the disks whose approved type cannot be determined, with why
 */
public record ApprovedDiskTypes(Map<Integer, String> byKey, List<Problem> problems) {

    /** A disk whose approved type cannot be determined. */
    public record Problem(Kind kind, DiskFacts disk, String message) {

        public enum Kind {
            /** The types differ and the disk's slot is unknown. */
            AMBIGUOUS,
            /** The matched type is smaller than the disk. */
            TOO_SMALL
        }
    }

    /**
     * Sizes of the Premium SSD (P), Standard SSD (E) and Standard HDD (S) tiers in GiB, by tier number: Azure's
     * Resource SKUs disk rows ({@code az vm list-skus --resource-type disks}, maxSizeGiB), as recorded for
     * westeurope on 2026-08-01 in the shared fixture {@code sku-availability/djtools-westeurope-disks.json};
     * checked against it by DiskTierSizesFixtureTest.
     */
    private static final Map<Integer, Integer> TIER_GIB = Map.ofEntries(Map.entry(1, 4), Map.entry(2, 8),
            Map.entry(3, 16), Map.entry(4, 32), Map.entry(6, 64), Map.entry(10, 128), Map.entry(15, 256),
            Map.entry(20, 512), Map.entry(30, 1024), Map.entry(40, 2048), Map.entry(50, 4096), Map.entry(60, 8192),
            Map.entry(70, 16384), Map.entry(80, 32767));
    private static final Pattern TIER = Pattern.compile("\\b[PES](\\d{1,2})\\b");

    public ApprovedDiskTypes {
        byKey = Map.copyOf(byKey);
        problems = List.copyOf(problems);
    }

    public static ApprovedDiskTypes match(List<String> approved, VmFacts facts) {
        List<DiskFacts> disks = DiskOrder.inSlotOrder(facts.disks());
        if (disks.size() != approved.size()) {
            return new ApprovedDiskTypes(Map.of(), List.of());
        }
        boolean allSame = new HashSet<>(approved).size() <= 1;
        Map<Integer, String> byKey = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        List<DiskFacts> unplaced = disks.stream().filter(d -> d.slot().isEmpty()).toList();
        if (!allSame && !unplaced.isEmpty()) {
            for (DiskFacts d : unplaced) {
                problems.add(new Problem(Problem.Kind.AMBIGUOUS, d, d.label() + " (device key " + d.key()
                        + "): vCenter reports no controller slot for it, and the approved disk types differ ("
                        + String.join("; ", approved) + "), so which one is its type cannot be told"));
            }
            return new ApprovedDiskTypes(Map.of(), problems);
        }
        for (int i = 0; i < disks.size(); i++) {
            DiskFacts d = disks.get(i);
            String type = approved.get(i);
            Optional<DataSize> holds = tierSize(type);
            if (holds.isPresent() && d.capacity().compareTo(holds.get()) > 0) {
                problems.add(new Problem(Problem.Kind.TOO_SMALL, d, d.label() + " (" + where(d) + ") holds "
                        + gib(d.capacity()) + " GiB, more than '" + type + "' (" + gib(holds.get())
                        + " GiB) approved for it"));
            } else {
                byKey.put(d.key(), type);
            }
        }
        return new ApprovedDiskTypes(byKey, problems);
    }

    /** The approved type of this disk, when determined. */
    public Optional<String> of(DiskFacts disk) {
        return Optional.ofNullable(byKey.get(disk.key()));
    }

    /** The size of a fixed-size tier ({@code Premium SSD P10}: 128 GiB); empty for others (Premium SSD v2, Ultra). */
    static Optional<DataSize> tierSize(String type) {
        Matcher m = TIER.matcher(type);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.ofNullable(TIER_GIB.get(Integer.parseInt(m.group(1)))).map(DataSize::ofGibibytes);
    }

    private static String where(DiskFacts d) {
        return d.slot().map(Object::toString).orElse("device key " + d.key());
    }

    private static long gib(DataSize s) {
        return (long) Math.ceil(s.toGibibytes());
    }
}
