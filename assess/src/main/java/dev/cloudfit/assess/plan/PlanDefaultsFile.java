package dev.cloudfit.assess.plan;

import dev.cloudfit.assess.inventory.csv.CsvColumn;
import dev.cloudfit.assess.inventory.csv.CsvHeader;
import dev.cloudfit.assess.inventory.csv.CsvReader;
import dev.cloudfit.assess.inventory.csv.CsvRecord;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.reports.plan.AzureNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Reads {@code --plan-defaults FILE}, a CSV file with the header
 * {@code match,pattern,resource group,vnet,subnet,wave,ip,test vnet}, one rule a line:
 * <pre>
 * match,pattern,resource group,vnet,subnet,wave,ip,test vnet
 * cluster,*,rg-migrated,vnet-landing,snet-default,1,dynamic,vnet-landing-test
 * folder,Finance*,rg-finance,,snet-finance,2,,
 * tag,Tier:db,,,snet-db,3,,
 * name,sql-0?,,,,4,,
 * </pre>
 * Every value is checked where it is read (Azure's naming rules, wave 1–999, {@code dynamic} or an
 * IPv4 address); a bad one is refused naming the file, line and column.
 */
public final class PlanDefaultsFile {

    static final List<String> COLUMNS = List.of("match", "pattern", "resource group", "vnet", "subnet", "wave", "ip",
            "test vnet");
    private static final int MAX_RULES = 10_000;

    private PlanDefaultsFile() {
    }

    public static PlanDefaults read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(InputLocation.of(file), "no such file (or not a regular file)");
        }
        List<PlanDefaultRule> rules = new ArrayList<>();
        try (CsvReader csv = CsvReader.open(file)) {
            int[] at = columns(file, csv.header());
            for (Optional<CsvRecord> r = csv.next(); r.isPresent(); r = csv.next()) {
                if (r.get().isBlank()) {
                    continue;
                }
                if (rules.size() == MAX_RULES) {
                    throw new BadInputException(InputLocation.of(file).atRow(r.get().line()),
                            "more than " + MAX_RULES + " rules");
                }
                rules.add(rule(file, r.get(), at));
            }
        }
        return new PlanDefaults(rules);
    }

    private static int[] columns(Path file, CsvHeader header) {
        int[] at = new int[COLUMNS.size()];
        for (int i = 0; i < COLUMNS.size(); i++) {
            String name = COLUMNS.get(i);
            at[i] = header.find(name).map(CsvColumn::index).orElseThrow(() -> new BadInputException(
                    InputLocation.of(file).atRow(1), "no '" + name + "' column; the header is " + String.join(",", COLUMNS)));
        }
        return at;
    }

    private static PlanDefaultRule rule(Path file, CsvRecord r, int[] at) {
        Function<Integer, String> f = i -> r.field(at[i]).trim();
        InputLocation line = InputLocation.of(file).atRow(r.line());
        RuleMatch match;
        try {
            match = RuleMatch.parse(f.apply(0));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(line.atColumn("match"), "'" + f.apply(0) + "' is not one of "
                    + Arrays.stream(RuleMatch.values()).map(m -> m.name().toLowerCase(java.util.Locale.ROOT)).toList());
        }
        String pattern = f.apply(1);
        if (pattern.isEmpty()) {
            throw new BadInputException(line.atColumn("pattern"), "empty; use * to match every VM");
        }
        String rg = checked(line, "resource group", f.apply(2), AzureNames::resourceGroup);
        String vnet = checked(line, "vnet", f.apply(3), AzureNames::virtualNetworkReference);
        String subnet = checked(line, "subnet", f.apply(4), AzureNames::subnet);
        String ip = checked(line, "ip", f.apply(6), AzureNames::ip).toLowerCase(java.util.Locale.ROOT);
        String testVnet = checked(line, "test vnet", f.apply(7), AzureNames::virtualNetwork);
        return new PlanDefaultRule(r.line(), match, PlanDefaultRule.glob(pattern), rg, vnet, subnet,
                wave(line, f.apply(5)), ip, testVnet);
    }

    private static String checked(InputLocation line, String column, String value,
            Function<String, Optional<String>> rule) {
        if (!value.isEmpty()) {
            rule.apply(value).ifPresent(problem -> {
                throw new BadInputException(line.atColumn(column), "'" + value + "' is not valid: " + problem);
            });
        }
        return value;
    }

    private static OptionalInt wave(InputLocation line, String value) {
        if (value.isEmpty()) {
            return OptionalInt.empty();
        }
        if (value.matches("\\d{1,3}") && Integer.parseInt(value) >= 1) {
            return OptionalInt.of(Integer.parseInt(value));
        }
        throw new BadInputException(line.atColumn("wave"), "'" + value + "' is not a wave; write a whole number from 1 to 999");
    }
}
