package dev.cloudfit.reports.workbook;

import java.util.Map;

/**
 * vSphere's power states ({@code poweredOn}, {@code poweredOff}, {@code suspended}) as a reader says them. Text
 * that is already words (an Azure Migrate CSV's "On") or unknown is shown as it is.
 */
final class PowerStateWords {

    private static final Map<String, String> WORDS = Map.of("poweredOn", "On", "poweredOff", "Off", "suspended",
            "Suspended");

    private PowerStateWords() {
    }

    static String of(String state) {
        return WORDS.getOrDefault(state, state);
    }
}
