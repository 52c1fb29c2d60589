package dev.cloudfit.testkit.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A server process started for a test: its output (stdout and stderr merged) is read on a daemon
 * thread so the process never blocks on a full pipe, the caller waits for a "ready" line, and
 * {@link #close()} stops the process and everything it started.
 *
 * <p>Stopping is graceful first: stdin is closed (our servers stop at end of stdin); what is
 * still running after a short wait gets SIGTERM, and what is alive after a grace period is
 * killed. A JVM shutdown hook does the same if the test JVM exits without closing. Since stdin
 * is a pipe held by this JVM, a server that stops at end of stdin does not outlive even a
 * killed JVM.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Duration STDIN_GRACE = Duration.ofSeconds(5);
    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final String END_OF_OUTPUT = new String("end of output"); // identity marker

    private final String name;
    private final Process process;
    private final OutputTail tail = new OutputTail(40);
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;
    private final Thread shutdownHook;
    private volatile boolean awaiting = true; // lines are queued only until the ready line is found
    private boolean closed;

    private ChildProcess(String name, Process process) {
        this.name = name;
        this.process = process;
        this.reader = new Thread(this::readOutput, name + "-output");
        this.reader.setDaemon(true);
        this.reader.start();
        this.shutdownHook = new Thread(this::stop, name + "-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts a process; its stderr is merged into its stdout and stdin stays a pipe to this JVM.
     *
     * @param name a short name for messages and thread names, e.g. "vcsim"
     * @param builder the command, environment and working directory; redirections are overridden
     * @return the running process
     */
    public static ChildProcess start(String name, ProcessBuilder builder) {
        builder.redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.PIPE);
        try {
            return new ChildProcess(name, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name + " (" + builder.command().get(0) + ")", e);
        }
    }

    /**
     * Waits until the process prints a line matching {@code ready}. Meant to be called once:
     * afterwards output is only kept in the short tail used for error messages, so a chatty
     * server cannot fill the memory.
     *
     * @param ready the pattern a whole line must match
     * @param timeout how long to wait
     * @return the match, so the caller can read its groups (a URL, a port)
     * @throws IllegalStateException when the process exits or the time runs out first; the
     *         message carries the last lines the process printed
     */
    public Matcher awaitLine(Pattern ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
                if (line == null) {
                    throw failure("did not print a line matching /" + ready + "/ within " + timeout.toSeconds() + " s");
                }
                if (line == END_OF_OUTPUT) {
                    throw failure("exited before it was ready" + exitCodeText());
                }
                Matcher matcher = ready.matcher(line);
                if (matcher.matches()) {
                    awaiting = false;
                    lines.clear();
                    return matcher;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("was interrupted while waiting to be ready");
        }
    }

    /** @return the operating system's id of the process, for diagnostics and hygiene checks */
    public long pid() {
        return process.pid();
    }

    /** @return whether the process is still running */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops the process and its descendants; safe to call more than once. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run: nothing to remove
        }
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        // collected before the parent goes: orphans are no longer its descendants
        List<ProcessHandle> family = process.descendants().toList();
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // the process already closed its end; SIGTERM below still stops it
        }
        try {
            // Process.destroy() also closes our end of its output, so let it go on its own first
            if (!process.waitFor(STDIN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroy();
            }
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
            family.forEach(ProcessHandle::destroy); // those that outlived their parent
            for (ProcessHandle child : family) {
                awaitExit(child);
            }
            reader.join(GRACE.toMillis());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            family.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }

    /** Waits for a descendant that got SIGTERM to go; kills it when it does not within the grace period. */
    private static void awaitExit(ProcessHandle child) throws InterruptedException {
        try {
            child.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            child.destroyForcibly();
        }
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                tail.add(line);
                if (awaiting) {
                    lines.add(line);
                }
            }
        } catch (IOException streamClosedOnStop) {
            // the process is gone; the end marker below wakes any waiter
        } finally {
            lines.add(END_OF_OUTPUT);
        }
    }

    private String exitCodeText() {
        try {
            return process.waitFor(1, TimeUnit.SECONDS) ? " (exit code " + process.exitValue() + ")" : "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private IllegalStateException failure(String what) {
        close();
        String output = tail.text();
        return new IllegalStateException(name + " " + what
                + (output.isEmpty() ? "; it printed nothing" : "; its last output:\n" + output));
    }
}
