package dev.cloudfit.assess.pricing.licence;

import dev.cloudfit.assess.pricing.scenario.VmLicence;
import dev.cloudfit.core.units.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The RHEL and SLES software meters (service {@code Virtual Machines Licenses}): global, per vCPU band, in one
 * currency. The regional price queries do not carry them, so cloudfit ships a table (USD, derived from the Flexera
 * licence file by {@code build-support/build-linux-licences.py}), {@code prices refresh} fetches them in its
 * currency ({@code CachedLicences}), and a price-overrides file can add or replace meters. A VM whose vCPU count has no meter here has no licence price: its cost is missing, never the base rate.
 */
public final class LinuxLicencePrices {

    static final String RESOURCE = "/dev/cloudfit/assess/pricing/licence/linux-licences.tsv";
    static final String EMBEDDED_SOURCE = "Flexera licence table of 2026-04-17 (embedded)";

    private final Currency currency;
    private final List<LicenceMeter> meters;

    public LinuxLicencePrices(Currency currency, List<LicenceMeter> meters) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.meters = List.copyOf(meters);
        for (LicenceMeter m : this.meters) {
            if (!m.hourly().currency().equals(currency)) {
                throw new IllegalArgumentException("licence meter " + m.product() + " is not in " + currency);
            }
        }
    }

    /** No meters at all: every RHEL/SLES licence is missing. */
    public static LinuxLicencePrices none(Currency currency) {
        return new LinuxLicencePrices(currency, List.of());
    }

    /** The embedded table when {@code currency} is USD (its only currency), else none (prices are never converted). */
    public static LinuxLicencePrices embedded(Currency currency) {
        if (!currency.getCurrencyCode().equals("USD")) {
            return none(currency);
        }
        try (InputStream in = LinuxLicencePrices.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new LinuxLicencePrices(currency, parse(new BufferedReader(new InputStreamReader(in,
                    StandardCharsets.UTF_8)), currency, EMBEDDED_SOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table's rows ({@code licence, product, minVcpus, maxVcpus, price}), each meter naming {@code source}. */
    static List<LicenceMeter> parse(BufferedReader reader, Currency currency, String source) throws IOException {
        List<LicenceMeter> out = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            out.add(new LicenceMeter(VmLicence.valueOf(f[0]), f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                    new Money(new BigDecimal(f[4]), currency), source));
        }
        return out;
    }

    public Currency currency() {
        return currency;
    }

    public List<LicenceMeter> meters() {
        return meters;
    }

    /** These meters, with each of {@code extra} replacing any meter of the same licence whose band it overlaps. */
    public LinuxLicencePrices with(List<LicenceMeter> extra) {
        List<LicenceMeter> kept = new ArrayList<>(extra);
        for (LicenceMeter m : meters) {
            boolean replaced = extra.stream().anyMatch(e -> e.licence() == m.licence() && overlaps(e, m));
            if (!replaced) {
                kept.add(m);
            }
        }
        return new LinuxLicencePrices(currency, kept);
    }

    private static boolean overlaps(LicenceMeter a, LicenceMeter b) {
        long aHi = a.maxVcpus() == 0 ? Long.MAX_VALUE : a.maxVcpus();
        long bHi = b.maxVcpus() == 0 ? Long.MAX_VALUE : b.maxVcpus();
        return a.minVcpus() <= bHi && b.minVcpus() <= aHi;
    }

    /** The meter a VM of this licence and vCPU count is billed on (the first listed wins: overrides first). */
    public Optional<LicenceMeter> meter(VmLicence licence, int vcpus) {
        return meters.stream().filter(m -> m.licence() == licence && m.covers(vcpus)).findFirst();
    }

    /** Why {@link #meter} found nothing, in words for the report. */
    public String whyMissing(VmLicence licence, int vcpus) {
        if (vcpus <= 0) {
            return "the VM size's vCPU count is unknown, so its " + licence + " licence meter (priced per vCPU band)"
                    + " cannot be chosen";
        }
        boolean any = meters.stream().anyMatch(m -> m.licence() == licence);
        if (!any) {
            return "no " + licence + " licence meter (service 'Virtual Machines Licenses') in "
                    + currency.getCurrencyCode() + ": cloudfit ships USD meters only; run 'cloudfit prices refresh' in this currency, or give it with"
                    + " --price-overrides";
        }
        return "no " + licence + " licence meter for " + vcpus + " vCPUs in the licence table (it lists only the vCPU"
                + " counts Azure publishes a meter for); give it with --price-overrides";
    }
}
