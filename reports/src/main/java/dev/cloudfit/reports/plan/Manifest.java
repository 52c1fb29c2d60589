package dev.cloudfit.reports.plan;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.reports.xlsx.CellValue;
import dev.cloudfit.reports.xlsx.SheetRow;
import dev.cloudfit.reports.xlsx.XlsxReader;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The manifest as read back and checked: its closing digest must match its content, its entry
 * count must match {@code plan-rows}, and no VM may appear twice. Anything else is an altered
 * manifest, and the workbook is refused.
 */
record Manifest(UUID workbookId, int modelVersion, Map<String, Entry> entries, String digest, String signingKey,
        String signature) {

    /** The fingerprints of one plan row. */
    record Entry(String rowDigest, String[] columnDigests) {
    }

    static Manifest read(XlsxReader reader, String sheet) {
        InputLocation where = InputLocation.of(reader.file()).inSheet(sheet);
        if (!reader.sheetNames().contains(sheet)) {
            throw new BadInputException(InputLocation.of(reader.file()),
                    "no manifest sheet: not a cloudfit assessment workbook, or its manifest was removed");
        }
        Parser p = new Parser(where);
        reader.read(sheet, p::row);
        return p.finish();
    }

    private static final class Parser {
        private final InputLocation where;
        private final Map<String, String> values = new HashMap<>();
        private final Map<String, Entry> entries = new HashMap<>();
        private ManifestLayout.Digest digest;
        private boolean inEntries;
        private String closingDigest;
        private String signingKey;
        private String signature;
        private long lastRow;

        Parser(InputLocation where) {
            this.where = where;
        }

        void row(SheetRow row) {
            lastRow = row.rowNumber();
            String a = text(row.cell(0));
            String b = text(row.cell(1));
            if (closingDigest != null) {
                if (ManifestLayout.SIGNING_KEY.equals(a) && signingKey == null && signature == null) {
                    signingKey = b;
                } else if (ManifestLayout.SIGNATURE.equals(a) && signingKey != null && signature == null) {
                    signature = b;
                } else if (!row.isBlank()) {
                    throw altered(row.rowNumber(), "rows after the closing digest");
                }
                return;
            }
            if (row.rowNumber() == 1 && !ManifestLayout.MAGIC.equals(a)) {
                throw altered(1, "it does not start with '" + ManifestLayout.MAGIC + "'");
            }
            if (ManifestLayout.DIGEST.equals(a)) {
                closingDigest = b;
                return;
            }
            if (!inEntries) {
                if (ManifestLayout.ENTRIES_HEADER.equals(a)) {
                    inEntries = true;
                    digest = new ManifestLayout.Digest(workbookId(), modelVersion());
                } else {
                    values.put(a, b);
                }
                return;
            }
            String c = text(row.cell(2));
            String[] columns = c.split(" ");
            if (b.length() != 64 || columns.length != PlanColumn.lockedColumns().size()) {
                throw altered(row.rowNumber(), "a malformed entry");
            }
            if (entries.put(a, new Entry(b, columns)) != null) {
                throw altered(row.rowNumber(), "VM " + a + " listed twice");
            }
            digest.entry(a, b, c);
        }

        Manifest finish() {
            if (!inEntries || closingDigest == null) {
                throw altered(lastRow, "it is incomplete");
            }
            if (!digest.hex().equals(closingDigest)) {
                throw altered(lastRow, "its digest does not match its content");
            }
            String rows = values.get(ManifestLayout.PLAN_ROWS);
            if (rows == null || !rows.equals(Integer.toString(entries.size()))) {
                throw altered(lastRow, "it lists " + entries.size() + " rows but says " + rows);
            }
            return new Manifest(workbookId(), modelVersion(), Map.copyOf(entries), closingDigest, signingKey, signature);
        }

        private UUID workbookId() {
            try {
                return UUID.fromString(values.getOrDefault(ManifestLayout.WORKBOOK_ID, ""));
            } catch (IllegalArgumentException e) {
                throw altered(lastRow, "no valid workbook id");
            }
        }

        private int modelVersion() {
            try {
                return Integer.parseInt(values.getOrDefault(ManifestLayout.MODEL_VERSION, ""));
            } catch (NumberFormatException e) {
                throw altered(lastRow, "no valid model version");
            }
        }

        private BadInputException altered(long row, String why) {
            return new BadInputException(where.atRow(row), "the manifest was altered (" + why
                    + "); re-create the workbook with cloudfit assess");
        }
    }

    static String text(CellValue v) {
        return v == null ? "" : v.text();
    }
}
