package dev.cloudfit.assess.pricing.licence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Currency;
import java.util.List;

/**
 * RHEL/SLES licence meters fetched by {@code prices refresh}, kept in the workspace's price cache beside the price
 * file they were fetched with, in the embedded table's format (tab-separated: licence, product, min vCPUs, max vCPUs
 * or 0, price per hour) under a {@code # source:} line. Written under a temporary name and moved into place.
 */
public final class LicenceTableFile {

    private static final String SOURCE = "# source: ";

    private LicenceTableFile() {
    }

    public static void write(Path target, Currency currency, List<LicenceMeter> meters, String source) {
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                w.write("# RHEL and SLES licence meters (service 'Virtual Machines Licenses', Consumption, 1 Hour), "
                        + currency.getCurrencyCode() + " per hour, written by prices refresh.\n");
                w.write(SOURCE + source.replace('\n', ' ') + "\n");
                w.write("# licence\tproduct\tminVcpus\tmaxVcpus (0 = no upper bound)\t" + currency.getCurrencyCode()
                        + "/h\n");
                for (LicenceMeter m : meters) {
                    w.write(m.licence() + "\t" + m.product() + "\t" + m.minVcpus() + "\t" + m.maxVcpus() + "\t"
                            + m.hourly().amount().toPlainString() + "\n");
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is never read
            }
            throw new UncheckedIOException("cannot write the licence meters to " + target + ": " + e.getMessage(), e);
        }
    }

    /** The meters of a file {@link #write} wrote, each naming the file's source. */
    public static LinuxLicencePrices read(Path file, Currency currency) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String source = lines.stream().filter(l -> l.startsWith(SOURCE)).map(l -> l.substring(SOURCE.length()))
                .findFirst().orElse(file.getFileName().toString());
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new LinuxLicencePrices(currency, LinuxLicencePrices.parse(r, currency, source));
        } catch (RuntimeException e) {
            throw new IOException("damaged licence table " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
