package dev.cloudfit.cli.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * A writer that starts every line with {@value #PREFIX}: whatever the migration half of the demo
 * prints (findings, progress, outcomes, the status table) says it is a simulation.
 */
final class SimulationLines extends Writer {

    static final String PREFIX = "[simulation] ";

    private final Writer target;
    private boolean lineStart = true;
    private volatile boolean muted;

    SimulationLines(Writer target) {
        this.target = target;
    }

    /** @return a writer onto {@code target} whose every line begins with the prefix */
    static PrintWriter onto(Writer target) {
        return new PrintWriter(new SimulationLines(target), true);
    }

    /** From now on nothing more is written (a stopped demo's steps failing as the stand-ins go away are no news). */
    void mute() {
        muted = true;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) throws IOException {
        if (muted) {
            return;
        }
        for (int i = offset; i < offset + length; i++) {
            if (lineStart) {
                target.write(PREFIX);
                lineStart = false;
            }
            target.write(chars[i]);
            if (chars[i] == '\n') {
                lineStart = true;
            }
        }
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }

    @Override
    public void close() throws IOException {
        target.flush(); // the command's own streams stay open
    }
}
