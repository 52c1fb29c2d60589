package dev.cloudfit.assess.sizing.fit;

import dev.cloudfit.assess.inventory.Tag;
import dev.cloudfit.assess.inventory.Vm;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * "If {@code field} (with {@code key}) matches {@code value} by {@code op}, send the VM to {@code target}
 * because {@code reason}". Target is {@link FitTarget#AVS} or {@link FitTarget#IAAS}.
 */
public record FitRule(String id, RuleField field, String key, MatchOp op, String value, FitTarget target, String reason) {

    public FitRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
        key = key == null ? "" : key;
        if (target == FitTarget.NOT_READY) {
            throw new IllegalArgumentException(id + ": a rule sends a VM to IAAS or AVS, not NOT_READY");
        }
        if ((field == RuleField.CUSTOM_ATTRIBUTE) && key.isBlank()) {
            throw new IllegalArgumentException(id + ": a CUSTOM_ATTRIBUTE rule needs the attribute name as key");
        }
        if (op == MatchOp.REGEX) {
            try {
                Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(id + ": bad regular expression: " + e.getDescription(), e);
            }
        }
    }

    public boolean matches(Vm vm) {
        return switch (field) {
            case GUEST_OS -> test(vm.guestOs().bestName());
            case ANNOTATION -> test(vm.annotation());
            case VM_NAME -> test(vm.name());
            case CUSTOM_ATTRIBUTE -> vm.customAttributes().entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue).anyMatch(this::test);
            case TAG -> vm.tags().stream()
                    .filter(t -> key.isBlank() || key.equalsIgnoreCase(t.category()))
                    .map(Tag::name).anyMatch(this::test);
        };
    }

    private boolean test(String text) {
        if (text == null) {
            return false;
        }
        return switch (op) {
            case CONTAINS -> text.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
            case EQUALS -> text.equalsIgnoreCase(value);
            case REGEX -> Pattern.compile(value).matcher(text).find();
        };
    }
}
