package dev.cloudfit.assess.plan;

import dev.cloudfit.assess.inventory.Vm;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * One line of a plan-defaults file: VMs whose {@code match} (cluster, folder, tag or name) fits the
 * glob {@code pattern} ({@code *} any characters, {@code ?} one, case-insensitive) get the fields the
 * rule fills; an empty field leaves what earlier rules set.
 */
public record PlanDefaultRule(long line, RuleMatch match, Pattern pattern, String resourceGroup, String vnet,
        String subnet, OptionalInt wave, String ip, String testVnet) {

    public PlanDefaultRule {
        Objects.requireNonNull(match, "match");
        Objects.requireNonNull(pattern, "pattern");
    }

    boolean appliesTo(Vm vm) {
        return match.matches(vm, v -> pattern.matcher(v).matches());
    }

    PlanTargets over(PlanTargets t) {
        return new PlanTargets(or(resourceGroup, t.resourceGroup()), or(vnet, t.vnet()), or(subnet, t.subnet()),
                wave.orElse(t.wave()), or(ip, t.ip()), or(testVnet, t.testVnet()));
    }

    private static String or(String mine, String earlier) {
        return mine == null || mine.isEmpty() ? earlier : mine;
    }

    static Pattern glob(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
