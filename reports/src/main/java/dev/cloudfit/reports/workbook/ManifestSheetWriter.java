package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.plan.CellText;
import dev.cloudfit.reports.plan.ManifestLayout;
import dev.cloudfit.reports.plan.signing.PlanSigner;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The very hidden manifest sheet, streamed alongside the Migration Plan: the workbook id, the
 * model version, one fingerprint entry per plan row, a closing digest over all of it, and that
 * digest's signature (layout in {@link ManifestLayout}).
 */
final class ManifestSheetWriter {

    private final Sheet sheet;
    private final ManifestLayout.Digest digest;
    private final UUID workbookId;
    private final PlanSigner signer;
    private int next;

    ManifestSheetWriter(Sheet sheet, UUID workbookId, int modelVersion, int planRows, PlanSigner signer) {
        this.sheet = sheet;
        this.workbookId = workbookId;
        this.signer = signer;
        this.digest = new ManifestLayout.Digest(workbookId, modelVersion);
        pair(ManifestLayout.MAGIC, "Fingerprints of the Migration Plan's assessed facts; edits here make the"
                + " workbook unreadable for migration. The digest is signed; the key never enters the workbook.");
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
        String hex = digest.hex();
        pair(ManifestLayout.DIGEST, hex);
        pair(ManifestLayout.SIGNING_KEY, signer.fingerprint().value());
        pair(ManifestLayout.SIGNATURE, signer.sign(workbookId, hex));
        Protection.protect(sheet);
    }

    private void pair(String key, String value) {
        Row r = sheet.createRow(next++);
        r.createCell(0).setCellValue(key);
        r.createCell(1).setCellValue(value);
    }
}
