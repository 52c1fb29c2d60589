package dev.cloudfit.assess.pricing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The table that turns a {@code unitOfMeasure} string into a {@link PricingUnit}. Its facts come from
 * microsoft/finops-toolkit {@code PricingUnits.csv} (2025-05-27, MIT), kept in our own tab-separated resource
 * {@code pricing-units.tsv} whose header names the source and date. A unit missing from the table is unknown:
 * callers report that row as an error and never guess a block size.
 */
public final class PricingUnits {

    private static final String RESOURCE = "pricing-units.tsv";
    private static final PricingUnits BUILT_IN = load();

    private final Map<String, PricingUnit> byText;

    private PricingUnits(Map<String, PricingUnit> byText) {
        this.byText = Map.copyOf(byText);
    }

    /** The table shipped with cloudfit. */
    public static PricingUnits builtIn() {
        return BUILT_IN;
    }

    /** The meaning of a unit, or empty when the table does not know it. Matching is exact. */
    public Optional<PricingUnit> lookup(MeterUnit unit) {
        return Optional.ofNullable(byText.get(unit.text()));
    }

    public int size() {
        return byText.size();
    }

    private static PricingUnits load() {
        try (InputStream in = PricingUnits.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, PricingUnit> units = new HashMap<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                if (cells.length != 3) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected 3 columns");
                }
                MeterUnit unit = MeterUnit.of(cells[0]);
                units.put(cells[0], new PricingUnit(unit, new BigDecimal(cells[1]), cells[2],
                        UnitPeriod.ofDistinctUnit(cells[2])));
            }
            return new PricingUnits(units);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
