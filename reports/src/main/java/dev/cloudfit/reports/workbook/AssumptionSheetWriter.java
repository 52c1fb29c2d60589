package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.model.Assumption;
import dev.cloudfit.reports.model.InputFile;
import dev.cloudfit.reports.model.ReportHeader;
import dev.cloudfit.reports.plan.signing.KeyFingerprint;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The Assumptions sheet: every setting and source the numbers rest on (as the report lists them),
 * then the tool version and the SHA-256 of each input file, so that a number can be traced back.
 */
final class AssumptionSheetWriter {

    private static final List<String> HEADERS = List.of("Assumption", "Value", "Description");

    private final Styles styles;

    AssumptionSheetWriter(Styles styles) {
        this.styles = styles;
    }

    void write(Sheet sheet, ReportHeader header, List<Assumption> assumptions, List<InputFile> inputs,
            KeyFingerprint signingKey) {
        Table t = new Table(sheet, styles, 0, HEADERS);
        for (Assumption a : assumptions) {
            row(t, a.name(), a.value(), a.description());
        }
        row(t, "Tool version", header.toolVersion(), "cloudfit version that wrote this workbook");
        row(t, "Currency", header.currency().getCurrencyCode(), "all amounts are in this currency");
        row(t, "Regions", String.join(", ", header.regions()), "Azure regions priced");
        row(t, "Plan signing key", signingKey.value(), "fingerprint of the public key that signed the Migration"
                + " Plan; migrate accepts the plan only from a key it trusts");
        for (InputFile f : inputs) {
            row(t, "Input SHA-256: " + f.name(), f.sha256(), "digest of the input file as read");
        }
        t.finish();
    }

    private static void row(Table t, String name, String value, String description) {
        t.newRow();
        t.text(0, name);
        t.text(1, value);
        t.text(2, description);
    }
}
