package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.plan.CellText;
import dev.cloudfit.reports.plan.ManifestLayout;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The very hidden manifest sheet, streamed alongside the Migration Plan: the workbook id, the
 * model version, one fingerprint entry per plan row, and a closing digest over all of it
 * (layout in {@link ManifestLayout}).
 */
final class ManifestSheetWriter {

    private final Sheet sheet;
    private final ManifestLayout.Digest digest;
    private int next;

    ManifestSheetWriter(Sheet sheet, UUID workbookId, int modelVersion, int planRows) {
        this.sheet = sheet;
        this.digest = new ManifestLayout.Digest(workbookId, modelVersion);
        pair(ManifestLayout.MAGIC, "Fingerprints of the Migration Plan's assessed facts; edits here make the"
                + " workbook unreadable for migration. Detects changes, is not a signature.");
        pair(ManifestLayout.WORKBOOK_ID, workbookId.toString());
        pair(ManifestLayout.MODEL_VERSION, Integer.toString(modelVersion));
        pair(ManifestLayout.PLAN_ROWS, Integer.toString(planRows));
        Row h = sheet.createRow(next++);
        h.createCell(0).setCellValue(ManifestLayout.ENTRIES_HEADER);
        h.createCell(1).setCellValue("row-sha256");
        h.createCell(2).setCellValue("column-digests");
    }

    void entry(String instanceUuid, String rowDigest, String columnDigests) {
        // the id as its cell holds it (and as the Migration Plan's cell does): what a reader gets back
        String id = CellText.storable(instanceUuid);
        Row r = sheet.createRow(next++);
        r.createCell(0).setCellValue(id);
        r.createCell(1).setCellValue(rowDigest);
        r.createCell(2).setCellValue(columnDigests);
        digest.entry(id, rowDigest, columnDigests);
    }

    void finish() {
        pair(ManifestLayout.DIGEST, digest.hex());
        Protection.protect(sheet);
    }

    private void pair(String key, String value) {
        Row r = sheet.createRow(next++);
        r.createCell(0).setCellValue(key);
        r.createCell(1).setCellValue(value);
    }
}
