package dev.cloudfit.assess.inventory.generate;

import java.util.List;
import java.util.Locale;

/**
 * The words of a generated estate: roles, environments, owners, applications, annotations, and the
 * custom attributes and tag categories every VM carries. Some annotations begin with {@code =},
 * {@code -}, {@code +} or {@code @}, or hold commas and quotes, because real notes do, and writers
 * must keep them as text.
 */
final class Labels {

    /** The custom attribute columns, in order (RVTools puts them between Annotation and Datacenter). */
    static final List<String> CUSTOM_ATTRIBUTES = List.of("owner", "app", "env");

    /** The vSphere tag categories; RVTools shows each as a column right before Datacenter. */
    static final List<String> TAG_CATEGORIES = List.of("Backup Policy", "Workload Type");

    static final List<String> WINDOWS_ROLES = List.of("web", "app", "sql", "file", "dc", "rds", "jump");
    static final double[] WINDOWS_ROLE_WEIGHTS = {20, 35, 15, 8, 4, 10, 3};
    static final List<String> LINUX_ROLES = List.of("web", "app", "db", "k8s", "mq", "batch", "mon");
    static final double[] LINUX_ROLE_WEIGHTS = {25, 35, 15, 10, 5, 6, 4};

    static final List<String> TEAMS = List.of("team-payments", "team-crm", "team-hr", "team-logistics",
            "team-finance", "team-web", "team-data", "team-infra", "team-security", "team-workplace");
    static final List<String> APPS = List.of("payments", "crm", "hr-portal", "warehouse", "ledger", "webshop",
            "datalake", "intranet", "sso", "reporting", "billing", "erp");
    static final List<String> BACKUP = List.of("Gold", "Silver", "Bronze", "None");
    static final double[] BACKUP_WEIGHTS = {25, 40, 25, 10};

    private static final List<String> NOTES = List.of(
            "Managed by %s. Change CHG00%d",
            "Deployed by vRA blueprint %s-%d",
            "-- legacy, do not power off (%s, %d) --",
            "=== DO NOT MIGRATE before %s sign-off (ticket %d) ===",
            "@%s: patch window Sunday 02:00, ref %d",
            "+ monitored by Nagios; owner %s; asset %d",
            "Owner: \"%s\", contact via service desk, queue %d",
            "Restored from backup for %s, incident INC%d");

    private Labels() {
    }

    static String environment(Dice dice, String clusterPurpose) {
        return switch (clusterPurpose) {
            case "Prod", "DMZ" -> dice.chance(0.9) ? "prd" : "acc";
            case "NonProd" -> dice.weighted(List.of("tst", "dev", "acc"), new double[] {45, 40, 15});
            default -> "prd";
        };
    }

    static String environmentName(String env) {
        return switch (env) {
            case "prd" -> "Production";
            case "acc" -> "Acceptance";
            case "tst" -> "Test";
            default -> "Development";
        };
    }

    static String folder(Dice dice, String env, String role) {
        if (dice.chance(0.02)) {
            return "Discovered virtual machine";
        }
        String top = environmentName(env);
        if (env.equals("tst") || env.equals("dev")) {
            return top;
        }
        return top + "/" + role.substring(0, 1).toUpperCase(Locale.ROOT) + role.substring(1);
    }

    /** An annotation, or null for the many VMs that have none. */
    static String annotation(Dice dice, String team) {
        if (dice.chance(0.45)) {
            return null;
        }
        return dice.oneOf(NOTES).replace("%s", team).replace("%d", Integer.toString(dice.between(10_000, 99_999)));
    }
}
