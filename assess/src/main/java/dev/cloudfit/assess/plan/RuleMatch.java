package dev.cloudfit.assess.plan;

import dev.cloudfit.assess.inventory.Tag;
import dev.cloudfit.assess.inventory.Vm;
import java.util.Locale;
import java.util.function.Predicate;

/** What a plan-defaults rule looks at. A tag is matched as {@code category:name}, or by its name alone. */
public enum RuleMatch {
    CLUSTER, FOLDER, TAG, NAME;

    boolean matches(Vm vm, Predicate<String> pattern) {
        return switch (this) {
            case CLUSTER -> vm.placement() != null && test(pattern, vm.placement().cluster());
            case FOLDER -> vm.placement() != null && test(pattern, vm.placement().folder());
            case NAME -> test(pattern, vm.identity().name());
            case TAG -> vm.tags().stream().anyMatch(t -> test(pattern, t.name()) || test(pattern, qualified(t)));
        };
    }

    private static String qualified(Tag t) {
        return (t.category() == null ? "" : t.category()) + ":" + t.name();
    }

    private static boolean test(Predicate<String> pattern, String value) {
        return value != null && pattern.test(value);
    }

    static RuleMatch parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
