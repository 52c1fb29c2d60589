package dev.cloudfit.assess.sizing.fit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.core.error.BadInputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Ordered fit rules; the first rule that matches decides. {@link #builtIn()} recognises VMware
 * appliances; a user file ({@code docs/methodology.md}, "Fit rules file") is read with {@link #load(Path)}
 * and its rules run before the built-in ones.
 */
public record FitRules(List<FitRule> rules) {

    public FitRules {
        rules = List.copyOf(rules);
    }

    /** VMware-only workloads: Photon OS appliances, nested ESXi, vCenter/NSX/HCX appliances, and the cloudfit tag/attribute. */
    public static FitRules builtIn() {
        return new FitRules(List.of(
                new FitRule("builtin.photon-os", RuleField.GUEST_OS, "", MatchOp.CONTAINS, "photon", FitTarget.AVS,
                        "VMware Photon OS: a VMware virtual appliance, supported only on vSphere"),
                new FitRule("builtin.nested-esxi", RuleField.GUEST_OS, "", MatchOp.CONTAINS, "vmware esx", FitTarget.AVS,
                        "Nested ESXi host: needs a VMware hypervisor"),
                new FitRule("builtin.vcenter-appliance", RuleField.ANNOTATION, "", MatchOp.CONTAINS, "vcenter server appliance",
                        FitTarget.AVS, "vCenter Server Appliance"),
                new FitRule("builtin.nsx-appliance", RuleField.ANNOTATION, "", MatchOp.REGEX, "(?i)\\bNSX(-T)? (manager|edge|controller)",
                        FitTarget.AVS, "NSX appliance"),
                new FitRule("builtin.hcx-appliance", RuleField.ANNOTATION, "", MatchOp.REGEX, "(?i)\\bHCX\\b",
                        FitTarget.AVS, "HCX appliance"),
                new FitRule("builtin.tag-avs", RuleField.TAG, "cloudfit-fit", MatchOp.EQUALS, "avs", FitTarget.AVS,
                        "Tagged cloudfit-fit/avs"),
                new FitRule("builtin.attribute-avs", RuleField.CUSTOM_ATTRIBUTE, "cloudfit-fit", MatchOp.EQUALS, "avs",
                        FitTarget.AVS, "Custom attribute cloudfit-fit = avs")));
    }

    public Optional<FitRule> firstMatch(Vm vm) {
        return rules.stream().filter(r -> r.matches(vm)).findFirst();
    }

    /** These rules first, then {@code other}. */
    public FitRules then(FitRules other) {
        List<FitRule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new FitRules(all);
    }

    public static FitRules load(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new BadInputException(null, "cannot read fit rules file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses {@code {"rules": [{"id", "field", "key"?, "match"?, "value", "target", "reason"}]}}; {@code match}
     * defaults to CONTAINS. Unknown properties are errors, so a typo does not silently disable a rule.
     */
    public static FitRules parse(String json, String source) {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new BadInputException(null, source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("rules").isArray()) {
            throw new BadInputException(source + ": expected an object with a \"rules\" array");
        }
        List<FitRule> rules = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.get("rules")) {
            i++;
            String where = source + ": rule " + i;
            var names = new ArrayList<String>();
            n.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!List.of("id", "field", "key", "match", "value", "target", "reason").contains(name)) {
                    throw new BadInputException(where + ": unknown property \"" + name + "\"");
                }
            }
            try {
                rules.add(new FitRule(
                        text(n, "id", where),
                        RuleField.valueOf(text(n, "field", where).toUpperCase(Locale.ROOT)),
                        n.path("key").asText(""),
                        MatchOp.valueOf(n.path("match").asText("CONTAINS").toUpperCase(Locale.ROOT)),
                        text(n, "value", where),
                        FitTarget.valueOf(text(n, "target", where).toUpperCase(Locale.ROOT)),
                        n.path("reason").asText("user rule " + text(n, "id", where))));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(null, where + ": " + e.getMessage(), e);
            }
        }
        return new FitRules(rules);
    }

    private static String text(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isBlank()) {
            throw new BadInputException(where + ": \"" + field + "\" is required");
        }
        return v.asText();
    }
}
