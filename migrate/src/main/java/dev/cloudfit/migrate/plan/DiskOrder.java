package dev.cloudfit.migrate.plan;

import dev.cloudfit.vsphere.vm.DiskFacts;
import dev.cloudfit.vsphere.vm.DiskSlot;
import dev.cloudfit.vsphere.vm.VmFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which of a VM's disks becomes the Azure OS disk, and in which order the others become data disks
 * (their LUNs). vCenter's device list is not a boot order (an edited disk can move to its end), so
 * the list position is never used when a better fact exists:
 * <ol>
 * <li>the OS disk is the first disk {@code config.bootOptions.bootOrder} names that the VM has;</li>
 * <li>without a boot order naming one of its disks, it is the first disk in <em>slot order</em>: by
 *     bus kind SCSI, SATA, NVMe, IDE, then the controller's bus number, then the disk's unit number
 *     ({@code scsi0:0} before {@code scsi0:1} before {@code scsi1:0} before {@code ide0:0}). Whether
 *     VMware's BIOS tries IDE disks before SCSI ones by default was not established (2026-12-07), so
 *     this is cloudfit's choice, not the firmware's: pre-flight warns when it decides between buses;</li>
 * <li>the data disks are all the other disks in slot order; disks whose slot vCenter does not report
 *     come after those with one, in device-list order.</li>
 * </ol>
 *
 * @param os    the OS disk, empty for a VM without disks
 * @param data  the data disks, LUN 0 first
 * @param basis how the OS disk was chosen
 */
public record DiskOrder(Optional<DiskFacts> os, List<DiskFacts> data, Basis basis) {

    /** How the OS disk was chosen. */
    public enum Basis {
        /** {@code config.bootOptions.bootOrder} names it. */
        BOOT_ORDER,
        /** No boot order: the first disk in slot order. */
        SLOT_ORDER
    }

    /** Slot order: bus kind (SCSI, SATA, NVMe, IDE), bus number, unit; disks without a slot last. */
    public static final Comparator<DiskFacts> SLOT_ORDER = Comparator.comparing(DiskFacts::slot,
            Comparator.comparing((Optional<DiskSlot> s) -> s.isEmpty())
                    .thenComparing(s -> s.map(x -> x.bus().ordinal()).orElse(0))
                    .thenComparing(s -> s.map(DiskSlot::busNumber).orElse(0))
                    .thenComparing(s -> s.map(DiskSlot::unit).orElse(0)));

    public DiskOrder {
        data = List.copyOf(data);
    }

    public static DiskOrder of(VmFacts facts) {
        List<DiskFacts> sorted = inSlotOrder(facts.disks());
        Optional<DiskFacts> booted = facts.bootDiskKeys().stream().map(facts::disk).flatMap(Optional::stream).findFirst();
        Optional<DiskFacts> os = booted.or(() -> sorted.stream().findFirst());
        List<DiskFacts> data = new ArrayList<>(sorted);
        os.ifPresent(data::remove);
        return new DiskOrder(os, data, booted.isPresent() ? Basis.BOOT_ORDER : Basis.SLOT_ORDER);
    }

    /** The disks in slot order (a stable sort: disks without a slot keep their device-list order). */
    public static List<DiskFacts> inSlotOrder(List<DiskFacts> disks) {
        return disks.stream().sorted(SLOT_ORDER).toList();
    }

    /** The OS disk, then the data disks in LUN order: index 0 of a plan's disks is the OS disk. */
    public List<DiskFacts> all() {
        List<DiskFacts> all = new ArrayList<>();
        os.ifPresent(all::add);
        all.addAll(data);
        return all;
    }
}
