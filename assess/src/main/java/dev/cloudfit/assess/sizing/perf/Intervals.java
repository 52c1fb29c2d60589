package dev.cloudfit.assess.sizing.perf;

import java.time.Duration;

/** Labels for series intervals as a report prints them. */
final class Intervals {

    private Intervals() {
    }

    static String label(Duration d) {
        long s = d.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + " d";
        }
        if (s % 3_600 == 0) {
            return s / 3_600 + " h";
        }
        if (s % 60 == 0) {
            return s / 60 + " min";
        }
        return s + " s";
    }
}
