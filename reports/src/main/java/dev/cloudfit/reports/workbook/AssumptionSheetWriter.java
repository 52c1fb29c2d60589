package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.model.Assumption;
import dev.cloudfit.reports.model.AssumptionValue;
import dev.cloudfit.reports.model.InputFile;
import dev.cloudfit.reports.model.ReportHeader;
import dev.cloudfit.reports.plan.signing.KeyFingerprint;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Assumptions sheet: every setting and source the numbers rest on (as the report lists them),
 * then the tool version, currency, regions, signing key and the SHA-256 of each input file, so that a
 * number can be traced back. Each item appears once; figures are numeric cells whose number format
 * carries their unit.
 */
final class AssumptionSheetWriter {

    private static final List<String> HEADERS = List.of("Assumption", "Value", "Description");

    private final Styles styles;

    AssumptionSheetWriter(Styles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, ReportHeader header, List<Assumption> assumptions, List<InputFile> inputs,
            KeyFingerprint signingKey) {
        Currency currency = header.currency();
        Table t = new Table(sheet, styles, 0, HEADERS);
        Set<String> written = new HashSet<>();
        for (Assumption a : assumptions) {
            row(t, written, a, currency);
        }
        row(t, written, new Assumption("Tool version", header.toolVersion(),
                "cloudfit version that wrote this workbook"), currency);
        row(t, written, new Assumption("Currency", currency.getCurrencyCode(), "all amounts are in this currency"),
                currency);
        row(t, written, new Assumption("Regions", String.join(", ", header.regions()), "Azure regions priced"),
                currency);
        row(t, written, new Assumption("Plan signing key", signingKey.value(), "fingerprint of the public key that"
                + " signed the Migration Plan; migrate accepts the plan only from a key it trusts"), currency);
        for (InputFile f : inputs) {
            row(t, written, new Assumption("Input SHA-256: " + f.name(), f.sha256(),
                    "digest of the input file as read"), currency);
        }
        t.finish();
    }

    /** One row per item: a second row of the same name (e.g. the tool version from the report) is left out. */
    private void row(Table t, Set<String> written, Assumption a, Currency currency) {
        if (!written.add(a.name().toLowerCase(Locale.ROOT))) {
            return;
        }
        t.newRow();
        t.text(0, a.name());
        AssumptionValue v = a.value();
        if (v instanceof AssumptionValue.Quantity q) {
            t.number(1, q.amount().doubleValue(), styles.figure(q.decimals(), q.unit()), q.text().length() + 2);
        } else if (v instanceof AssumptionValue.Share s) {
            t.number(1, s.fraction().doubleValue(), styles.figure(s.decimals(), "%"), s.text().length() + 2);
        } else if (v instanceof AssumptionValue.Amount m && m.money().currency().equals(currency)) {
            t.money(1, m.money());
        } else {
            t.text(1, v.text()); // words, or an amount in another currency than the money format's
        }
        t.text(2, a.description());
    }
}
