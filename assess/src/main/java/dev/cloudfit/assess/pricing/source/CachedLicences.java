package dev.cloudfit.assess.pricing.source;

import dev.cloudfit.assess.pricing.licence.LicenceTableFile;
import dev.cloudfit.assess.pricing.licence.LinuxLicencePrices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;

/**
 * The RHEL/SLES licence meters an assessment uses: those {@code prices refresh} fetched with the price file in use
 * (in any currency), over the embedded USD table (whose bands they replace); without such a file, the embedded
 * table (USD only). A licence file that cannot be read is left aside, never guessed from.
 */
public final class CachedLicences {

    private CachedLicences() {
    }

    public static LinuxLicencePrices forPrices(ResolvedPrices prices, Currency currency) {
        LinuxLicencePrices embedded = LinuxLicencePrices.embedded(currency);
        if (prices.kind() != PriceSourceKind.CACHE) {
            return embedded;
        }
        Path file = PriceCacheFolder.licencesFor(Path.of(prices.location()));
        if (!Files.isRegularFile(file)) {
            return embedded;
        }
        try {
            return embedded.with(LicenceTableFile.read(file, currency).meters());
        } catch (IOException e) {
            return embedded;
        }
    }
}
