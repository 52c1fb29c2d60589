package dev.cloudfit.assess.inventory;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a virtual disk sits on the VM's virtual hardware: the controller kind, its bus number and the
 * disk's unit on that bus, written as vSphere writes it ({@code scsi0:1}, {@code sata0:0},
 * {@code nvme0:2}, {@code ide0:0}). vCenter names the instance of every per-disk performance counter
 * ({@code virtualDisk.*}) this way, so the address is what joins a disk in the inventory to its
 * IOPS and throughput history.
 */
public record DiskAddress(String bus, int busNumber, int unit) {

    private static final Pattern INSTANCE = Pattern.compile("(scsi|sata|nvme|ide)(\\d+):(\\d+)");
    private static final Pattern CONTROLLER = Pattern.compile("(?i)\\b(scsi|sata|nvme|ide)\\b\\D*(\\d+)");

    public DiskAddress {
        Objects.requireNonNull(bus, "bus");
        if (!bus.matches("scsi|sata|nvme|ide") || busNumber < 0 || unit < 0) {
            throw new IllegalArgumentException("not a disk address: " + bus + busNumber + ":" + unit);
        }
    }

    /** {@code scsi0:1} → the address; anything else → empty. */
    public static Optional<DiskAddress> parse(String instance) {
        if (instance == null) {
            return Optional.empty();
        }
        Matcher m = INSTANCE.matcher(instance.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DiskAddress(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    }

    /**
     * From a controller's label as vSphere shows it ({@code SCSI controller 0}, {@code SATA controller 1},
     * {@code NVME controller 0}, {@code IDE 1}; the number is the bus number) and the disk's unit
     * number; empty when the label names no known bus or the unit is unknown (negative).
     */
    public static Optional<DiskAddress> ofController(String controllerLabel, int unit) {
        if (controllerLabel == null || unit < 0) {
            return Optional.empty();
        }
        Matcher m = CONTROLLER.matcher(controllerLabel);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new DiskAddress(m.group(1).toLowerCase(Locale.ROOT), Integer.parseInt(m.group(2)), unit));
    }

    /** The performance counter instance vCenter uses for this disk: {@code scsi0:1}. */
    public String instance() {
        return bus + busNumber + ":" + unit;
    }

    @Override
    public String toString() {
        return instance();
    }
}
