package dev.cloudfit.vsphere.export;

/** {@code HttpNfcLeaseState}. */
public enum LeaseState {
    INITIALIZING("initializing"),
    READY("ready"),
    DONE("done"),
    ERROR("error");

    private final String wire;

    LeaseState(String wire) {
        this.wire = wire;
    }

    /** @return the state vCenter names so */
    public static LeaseState fromWire(String text) {
        for (LeaseState s : values()) {
            if (s.wire.equals(text)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown lease state: " + text);
    }
}
