package dev.cloudfit.migrate.disk.raw;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.MappedByteBuffer;

/**
 * Releases a file mapping as soon as it has been used. Java 17 has no public call for it: a mapping
 * otherwise lives until the garbage collector finds its buffer unreachable, and a 4 GiB disk read
 * through mappings would keep 4 GiB of file pages counted against the process until then. The JDK's
 * own {@code sun.misc.Unsafe.invokeCleaner} (module {@code jdk.unsupported}) does it; when it is not
 * there, {@link #available()} is false and callers read with plain reads instead.
 */
final class Unmapper {

    private static final Object UNSAFE;
    private static final Method INVOKE_CLEANER;

    static {
        Object unsafe = null;
        Method invoke = null;
        try {
            Class<?> type = Class.forName("sun.misc.Unsafe");
            Field field = type.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            unsafe = field.get(null);
            invoke = type.getMethod("invokeCleaner", java.nio.ByteBuffer.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            unsafe = null;
            invoke = null;
        }
        UNSAFE = unsafe;
        INVOKE_CLEANER = invoke;
    }

    private Unmapper() {
    }

    /** False also when system property {@code cloudfit.disk.map} is {@code false} (to compare both ways). */
    static boolean available() {
        return INVOKE_CLEANER != null && !"false".equals(System.getProperty("cloudfit.disk.map"));
    }

    /** Unmaps {@code mapping}; it must not be touched afterwards. */
    static void unmap(MappedByteBuffer mapping) {
        try {
            INVOKE_CLEANER.invoke(UNSAFE, mapping);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot release a file mapping", e);
        }
    }
}
