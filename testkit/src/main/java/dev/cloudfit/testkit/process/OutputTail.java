package dev.cloudfit.testkit.process;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The last lines a child process printed, kept so that a failure to start can show why
 * without holding the whole output in memory. Thread-safe: one thread appends, others read.
 */
final class OutputTail {

    private final int capacity;
    private final Deque<String> lines = new ArrayDeque<>();

    OutputTail(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    synchronized void add(String line) {
        if (lines.size() == capacity) {
            lines.removeFirst();
        }
        lines.addLast(line);
    }

    /** @return the kept lines, oldest first, joined by newlines; empty when nothing was printed */
    synchronized String text() {
        return String.join("\n", lines);
    }
}
