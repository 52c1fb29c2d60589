package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.assess.inventory.ImportWarning;
import dev.cloudfit.core.error.InputLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an import noticed along the way: warnings (every one counted, the first few per code kept
 * with their location, so a million bad rows cannot exhaust memory) and which sheet columns fed
 * which model fields.
 */
final class ImportLog {

    static final int SAMPLES_PER_CODE = 20;

    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final List<ImportWarning> samples = new ArrayList<>();
    private final Map<String, Set<String>> fieldSources = new LinkedHashMap<>();

    void warn(String code, InputLocation where, String message) {
        long n = counts.merge(code, 1L, Long::sum);
        if (n <= SAMPLES_PER_CODE) {
            samples.add(new ImportWarning(code, where, message));
        }
    }

    void fed(String field, String source) {
        fieldSources.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(source);
    }

    List<ImportWarning> samples() {
        return samples;
    }

    Map<String, Long> counts() {
        return counts;
    }

    Map<String, List<String>> fieldSources() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        fieldSources.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }
}
