package dev.cloudfit.vsphere.vm;

/** {@code VirtualMachinePowerState}. */
public enum PowerState {
    POWERED_ON("poweredOn"),
    POWERED_OFF("poweredOff"),
    SUSPENDED("suspended");

    private final String wire;

    PowerState(String wire) {
        this.wire = wire;
    }

    /** @return the state vCenter names so */
    public static PowerState fromWire(String text) {
        for (PowerState s : values()) {
            if (s.wire.equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown power state: " + text);
    }

    /** @return the vim25 name */
    public String wire() {
        return wire;
    }
}
