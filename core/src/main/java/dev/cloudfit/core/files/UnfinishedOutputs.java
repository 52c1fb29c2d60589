package dev.cloudfit.core.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Outputs that are still being made: temporary files beside a target, a workspace folder a run
 * created. Ctrl-C or a SIGTERM ends the JVM without running {@code finally} blocks, so each one is
 * registered here while it is unfinished and deleted (file or whole folder) by a shutdown hook if
 * the process ends before it is {@linkplain #finished finished}. An interrupted run thus leaves no
 * {@code .tmp} file and no half-made folder behind, and never touches what was there before.
 */
public final class UnfinishedOutputs {

    private static final Set<Path> PENDING = new LinkedHashSet<>();
    private static boolean hookAdded;
    private static boolean shuttingDown;

    private UnfinishedOutputs() {
    }

    /**
     * Marks {@code path} (a file or a folder this run is making) for deletion should the process end
     * before {@link #finished(Path)}. Once the JVM is shutting down, nothing new may start: the path
     * is deleted at once and an {@link IllegalStateException} stops the caller.
     */
    public static void started(Path path) {
        Path p = path.toAbsolutePath().normalize();
        synchronized (PENDING) {
            if (shuttingDown) {
                deleteQuietly(p);
                throw new IllegalStateException("the process is stopping");
            }
            if (!hookAdded) {
                Runtime.getRuntime().addShutdownHook(new Thread(UnfinishedOutputs::deleteAll, "cloudfit-cleanup"));
                hookAdded = true;
            }
            PENDING.add(p);
        }
    }

    /** {@code path} is complete (moved into place, or deleted by its owner): the hook leaves it alone. */
    public static void finished(Path path) {
        synchronized (PENDING) {
            PENDING.remove(path.toAbsolutePath().normalize());
        }
    }

    /** Whether {@code path} is registered and not yet finished (for tests and diagnostics). */
    public static boolean isPending(Path path) {
        synchronized (PENDING) {
            return PENDING.contains(path.toAbsolutePath().normalize());
        }
    }

    private static void deleteAll() {
        List<Path> all;
        synchronized (PENDING) {
            shuttingDown = true;
            all = List.copyOf(PENDING);
            PENDING.clear();
        }
        all.forEach(UnfinishedOutputs::deleteQuietly);
    }

    /**
     * Deletes a file, or a folder with everything in it. The run's own threads go on while the hook
     * runs and may add a file meanwhile, so a folder gets a few tries; a failure leaves it to the user.
     */
    static void deleteQuietly(Path p) {
        for (int attempt = 0; attempt < 3 && Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS); attempt++) {
            deleteOnce(p);
        }
    }

    private static void deleteOnce(Path p) {
        try {
            if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.walkFileTree(p, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                        Files.deleteIfExists(file);
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                        Files.deleteIfExists(dir);
                        return FileVisitResult.CONTINUE;
                    }
                });
            } else {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort while the process ends: nothing is left to report to
        }
    }
}
