package dev.cloudfit.assess.pricing.overrides;

import dev.cloudfit.assess.inventory.csv.CsvColumn;
import dev.cloudfit.assess.inventory.csv.CsvReader;
import dev.cloudfit.assess.inventory.csv.CsvRecord;
import dev.cloudfit.assess.pricing.ArmSkuName;
import dev.cloudfit.assess.pricing.AvsNodeSku;
import dev.cloudfit.assess.pricing.DiskRedundancy;
import dev.cloudfit.assess.pricing.DiskTier;
import dev.cloudfit.assess.pricing.PriceBook;
import dev.cloudfit.assess.pricing.PriceOverlay;
import dev.cloudfit.assess.pricing.PricingOs;
import dev.cloudfit.assess.pricing.PricingPlan;
import dev.cloudfit.assess.pricing.Region;
import dev.cloudfit.assess.pricing.licence.LicenceMeter;
import dev.cloudfit.assess.pricing.licence.LinuxLicencePrices;
import dev.cloudfit.assess.pricing.scenario.VmLicence;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.core.units.Money;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prices of a {@code --price-overrides} CSV file: one header line with the columns
 * {@code service, sku, region, currency, priceType, unitPrice, source} (any order), then one price per line.
 * {@code priceType} is a plan: PAYG, RI1Y, RI3Y, SP1Y, SP3Y or DEV_TEST. Every amount must be in the run's
 * currency (prices are never converted). A bad line is refused naming the file, line and column; the same key
 * twice is refused too.
 */
public final class PriceOverrides {

    static final List<String> COLUMNS = List.of("service", "sku", "region", "currency", "priceType", "unitPrice",
            "source");
    private static final Pattern LICENCE = Pattern.compile("(RHEL|SLES)\\s+(\\d+)(?:-(\\d+)|(\\+))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DISK = Pattern.compile("([PES]\\d+)\\s+(LRS|ZRS)", Pattern.CASE_INSENSITIVE);

    private final Path file;
    private final List<PriceOverride> prices;

    private PriceOverrides(Path file, List<PriceOverride> prices) {
        this.file = file;
        this.prices = List.copyOf(prices);
    }

    public static PriceOverrides none() {
        return new PriceOverrides(null, List.of());
    }

    public List<PriceOverride> prices() {
        return prices;
    }

    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** Reads and checks the file; every amount must be in {@code currency}. */
    public static PriceOverrides read(Path file, Currency currency) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(InputLocation.of(file), "no such price-overrides file");
        }
        List<PriceOverride> out = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        try (CsvReader csv = CsvReader.open(file)) {
            Map<String, CsvColumn> cols = new HashMap<>();
            for (String name : COLUMNS) {
                CsvColumn c = csv.header().find(name).orElseThrow(() -> new BadInputException(
                        InputLocation.of(file).atRow(csv.headerLine()), "missing column '" + name
                                + "' (the header must name " + String.join(", ", COLUMNS) + ")"));
                cols.put(name, c);
            }
            Optional<CsvRecord> next;
            while ((next = csv.next()).isPresent()) {
                CsvRecord r = next.get();
                if (r.isBlank()) {
                    continue;
                }
                PriceOverride p = parse(file, r, cols, currency);
                String key = p.service() + "|" + p.sku().toLowerCase(Locale.ROOT) + "|" + p.region() + "|" + p.plan();
                Long first = seen.putIfAbsent(key, r.line());
                if (first != null) {
                    throw new BadInputException(InputLocation.of(file).atRow(r.line()), "the same price as line "
                            + first + " (" + p.service().label() + " " + p.sku() + " " + p.region() + " " + p.plan()
                            + "); give each price once");
                }
                out.add(p);
            }
        }
        return new PriceOverrides(file, out);
    }

    private static PriceOverride parse(Path file, CsvRecord r, Map<String, CsvColumn> cols, Currency currency) {
        String serviceText = field(file, r, cols, "service", true);
        OverrideService service = OverrideService.of(serviceText).orElseThrow(() -> bad(file, r, "service",
                "unknown service '" + serviceText + "': one of Virtual Machines, Virtual Machines Licenses, "
                        + "Managed Disks, Azure VMware Solution"));
        String sku = field(file, r, cols, "sku", true);
        String region = field(file, r, cols, "region", false).toLowerCase(Locale.ROOT);
        if (region.isEmpty() && service != OverrideService.VIRTUAL_MACHINES_LICENSES) {
            throw bad(file, r, "region", "a region is needed (e.g. westeurope) for " + service.label());
        }
        if (service == OverrideService.VIRTUAL_MACHINES_LICENSES) {
            region = "";
        }
        String code = field(file, r, cols, "currency", true).toUpperCase(Locale.ROOT);
        if (!code.equals(currency.getCurrencyCode())) {
            throw bad(file, r, "currency", "the price is in " + code + ", the run in " + currency.getCurrencyCode()
                    + "; prices are never converted");
        }
        String planText = field(file, r, cols, "priceType", true).toUpperCase(Locale.ROOT).replace('-', '_');
        PricingPlan plan;
        try {
            plan = PricingPlan.valueOf(planText);
        } catch (IllegalArgumentException e) {
            throw bad(file, r, "priceType", "'" + planText + "': one of PAYG, RI1Y, RI3Y, SP1Y, SP3Y, DEV_TEST");
        }
        String amount = field(file, r, cols, "unitPrice", true);
        BigDecimal price;
        try {
            price = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw bad(file, r, "unitPrice", "not a number: '" + amount + "' (use a dot for decimals, no grouping)");
        }
        if (price.signum() < 0) {
            throw bad(file, r, "unitPrice", "a price cannot be negative: " + amount);
        }
        switch (service) {
            case VIRTUAL_MACHINES -> {
                String size = sku.replaceFirst("(?i)\\s+windows$", "");
                if (!size.matches("(?i)Standard_[A-Za-z0-9_]+")) {
                    throw bad(file, r, "sku", "a VM size such as Standard_D4s_v5 (add ' Windows' for the Windows "
                            + "rate), not '" + sku + "'");
                }
            }
            case VIRTUAL_MACHINES_LICENSES -> {
                if (!LICENCE.matcher(sku).matches()) {
                    throw bad(file, r, "sku", "a licence meter such as 'RHEL 2', 'SLES 1-2' or 'SLES 5+', not '" + sku
                            + "'");
                }
                if (plan != PricingPlan.PAYG) {
                    throw bad(file, r, "priceType", "licence meters are billed pay-as-you-go in every plan: PAYG");
                }
            }
            case MANAGED_DISKS -> {
                if (!DISK.matcher(sku).matches()) {
                    throw bad(file, r, "sku", "a disk tier and redundancy such as 'P10 LRS', not '" + sku + "'");
                }
                if (plan != PricingPlan.PAYG) {
                    throw bad(file, r, "priceType", "disk tiers are priced pay-as-you-go here: PAYG");
                }
            }
            case AZURE_VMWARE_SOLUTION -> {
                if (!sku.matches("(?i)AV\\d+P?")) {
                    throw bad(file, r, "sku", "an AVS node type such as AV36P, not '" + sku + "'");
                }
            }
            default -> throw new IllegalStateException(service.name());
        }
        return new PriceOverride(service, sku, region, plan, new Money(price, currency),
                field(file, r, cols, "source", false).isEmpty() ? "price-overrides file line " + r.line()
                        : field(file, r, cols, "source", false), r.line());
    }

    /** {@code book} with the VM, disk and AVS prices laid over its rows. */
    public PriceBook applyTo(PriceBook book) {
        PriceOverlay overlay = new PriceOverlay();
        for (PriceOverride p : prices) {
            Region region = Region.of(p.region().isEmpty() ? "global" : p.region());
            switch (p.service()) {
                case VIRTUAL_MACHINES -> {
                    boolean windows = p.sku().toLowerCase(Locale.ROOT).endsWith(" windows");
                    String size = p.sku().replaceFirst("(?i)\\s+windows$", "");
                    overlay.vm(ArmSkuName.of(size), region, windows ? PricingOs.WINDOWS : PricingOs.LINUX, p.plan(),
                            p.unitPrice());
                }
                case MANAGED_DISKS -> {
                    Matcher m = DISK.matcher(p.sku());
                    m.matches();
                    overlay.diskTier(DiskTier.of(m.group(1).toUpperCase(Locale.ROOT)),
                            DiskRedundancy.valueOf(m.group(2).toUpperCase(Locale.ROOT)), region, p.unitPrice());
                }
                case AZURE_VMWARE_SOLUTION -> overlay.avsNode(AvsNodeSku.of(p.sku().toUpperCase(Locale.ROOT)), region,
                        p.plan(), p.unitPrice());
                default -> {
                }
            }
        }
        return overlay.isEmpty() ? book : book.with(overlay);
    }

    /** {@code licences} with the file's RHEL/SLES meters replacing the bands they overlap. */
    public LinuxLicencePrices applyTo(LinuxLicencePrices licences) {
        List<LicenceMeter> extra = new ArrayList<>();
        for (PriceOverride p : prices) {
            if (p.service() != OverrideService.VIRTUAL_MACHINES_LICENSES) {
                continue;
            }
            Matcher m = LICENCE.matcher(p.sku());
            m.matches();
            VmLicence licence = VmLicence.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            int min = Integer.parseInt(m.group(2));
            int max = m.group(4) != null ? 0 : m.group(3) != null ? Integer.parseInt(m.group(3)) : min;
            extra.add(new LicenceMeter(licence, p.sku(), min, max, p.unitPrice(), p.source()));
        }
        return extra.isEmpty() ? licences : licences.with(extra);
    }

    private static String field(Path file, CsvRecord r, Map<String, CsvColumn> cols, String name, boolean required) {
        String v = r.field(cols.get(name).index());
        v = v == null ? "" : v.strip();
        if (required && v.isEmpty()) {
            throw bad(file, r, name, "empty; it is required");
        }
        return v;
    }

    private static BadInputException bad(Path file, CsvRecord r, String column, String problem) {
        return new BadInputException(InputLocation.of(file).atRow(r.line()).atColumn(column), problem);
    }
}
