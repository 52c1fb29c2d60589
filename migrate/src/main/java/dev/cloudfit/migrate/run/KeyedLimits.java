package dev.cloudfit.migrate.run;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/** One counting limit per key (an ESXi host, a datastore): at most {@code permits} holders at once. */
final class KeyedLimits {

    private final int permits;
    private final ConcurrentHashMap<String, Semaphore> byKey = new ConcurrentHashMap<>();

    KeyedLimits(int permits) {
        this.permits = permits;
    }

    /** Waits for a slot of {@code key}; close the returned slot to release it. */
    Slot acquire(String key) throws InterruptedException {
        Semaphore s = byKey.computeIfAbsent(key, k -> new Semaphore(permits, true));
        s.acquire();
        return s::release;
    }

    /** A held slot. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }
}
