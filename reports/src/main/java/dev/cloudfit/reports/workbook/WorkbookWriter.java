package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.plan.signing.PlanSigner;
import dev.cloudfit.reports.table.AtomicFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the assessment workbook. The small sheets are built with XSSF (the Summary needs charts);
 * the workbook is then wrapped in SXSSF so that VMs, Disks, Migration Plan and the manifest stream
 * through a small row window into compressed temp files, which are disposed of afterwards. The
 * result is written to a temp file next to the target and moved into place atomically: a reader
 * never sees half a workbook, and an interrupted run leaves no temp file behind ({@link AtomicFiles}). Formulas are recalculated when the file is opened.
 */
public final class WorkbookWriter {

    /** Rows SXSSF keeps in memory per streamed sheet. */
    private static final int ROW_WINDOW = 200;
    /**
     * Temp files stay uncompressed: gzipping them cost as much CPU as the final zip itself, and
     * they live only for the duration of the write (a 100,000-VM workbook needs a few hundred MB).
     */
    private static final boolean COMPRESS_TEMP_FILES = false;
    private static final List<String> ORDER = List.of(SheetNames.SUMMARY, SheetNames.VMS, SheetNames.DISKS,
            SheetNames.AVS, SheetNames.READINESS, SheetNames.SCENARIOS, SheetNames.PRICE_INPUTS, SheetNames.ON_PREMISES,
            SheetNames.ASSUMPTIONS, SheetNames.PLAN, SheetNames.MANIFEST);

    private final PlanSigner signer;

    /** A writer whose workbooks' Migration Plan is signed by {@code signer}. */
    public WorkbookWriter(PlanSigner signer) {
        this.signer = java.util.Objects.requireNonNull(signer, "signer");
    }

    /** Writes the report with a fresh workbook id. */
    public WrittenWorkbook write(AssessmentReport report, Path target) {
        return write(report, target, UUID.randomUUID());
    }

    public WrittenWorkbook write(AssessmentReport report, Path target, UUID workbookId) {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = AtomicFiles.tempFileBeside(target);
            List<String> warnings;
            try (OutputStream out = Files.newOutputStream(temp)) {
                warnings = build(report, workbookId, out);
            }
            AtomicFiles.moveIntoPlace(temp, target);
            temp = null;
            return new WrittenWorkbook(target, workbookId, report.plan().size(), warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    AtomicFiles.discard(temp);
                } catch (IOException ignored) {
                    // the original failure matters more than a leftover temp file
                }
            }
        }
    }

    private List<String> build(AssessmentReport report, UUID workbookId, OutputStream out) throws IOException {
        XSSFWorkbook xssf = new XSSFWorkbook();
        Styles styles = new Styles(xssf, report.header().currency());
        int digits = Math.max(0, report.header().currency().getDefaultFractionDigits());
        XSSFSheet summary = xssf.createSheet(SheetNames.SUMMARY);
        XSSFSheet avs = xssf.createSheet(SheetNames.AVS);
        XSSFSheet readiness = xssf.createSheet(SheetNames.READINESS);
        XSSFSheet scenarios = xssf.createSheet(SheetNames.SCENARIOS);
        XSSFSheet priceInputs = xssf.createSheet(SheetNames.PRICE_INPUTS);
        XSSFSheet onPrem = xssf.createSheet(SheetNames.ON_PREMISES);
        XSSFSheet assumptions = xssf.createSheet(SheetNames.ASSUMPTIONS);
        SummarySheetWriter.defineInputNames(xssf, summary);
        var inputs = new PriceInputsSheetWriter(styles).write(priceInputs, report.scenarios());
        new ScenarioSheetWriter(styles, digits).write(scenarios, report.scenarios(), report.finance(), inputs);
        new OnPremSheetWriter(styles, digits).write(xssf, onPrem, report.onPremises(), report.header().currency());
        new AvsSheetWriter(styles).write(avs, report.avs());
        new ReadinessSheetWriter(styles).write(readiness, report.readiness());
        new AssumptionSheetWriter(styles).write(assumptions, report.header(), report.assumptions(),
                report.inputFiles(), signer.fingerprint());
        new SummarySheetWriter(styles).write(summary, report);

        // close() also deletes SXSSF's temp files (dispose() is deprecated since POI 5)
        try (SXSSFWorkbook wb = new FastZipWorkbook(xssf, ROW_WINDOW, COMPRESS_TEMP_FILES)) {
            Sheet vms = wb.createSheet(SheetNames.VMS);
            new VmSheetWriter(styles).write(vms, report.vms(), report.scenarios(), report.backtest());
            if (report.regionComparison().isPresent()) {
                new RegionSheetWriter(styles).write(wb.createSheet(SheetNames.REGIONS), report.regionComparison().get());
            }
            Sheet disks = wb.createSheet(SheetNames.DISKS);
            new DiskSheetWriter(styles).write(disks, report.disks());
            Sheet plan = wb.createSheet(SheetNames.PLAN);
            Sheet manifestSheet = wb.createSheet(SheetNames.MANIFEST);
            ManifestSheetWriter manifest = new ManifestSheetWriter(manifestSheet, workbookId,
                    AssessmentReport.MODEL_VERSION, report.plan().size(), signer);
            new PlanSheetWriter(styles).write(plan, report.plan(), manifest);
            manifest.finish();
            List<String> order = new java.util.ArrayList<>(ORDER);
            if (report.regionComparison().isPresent()) {
                order.add(order.indexOf(SheetNames.SCENARIOS) + 1, SheetNames.REGIONS);
            }
            for (int i = 0; i < order.size(); i++) {
                wb.setSheetOrder(order.get(i), i);
            }
            wb.setActiveSheet(0);
            wb.setSelectedTab(0);
            wb.setSheetVisibility(order.indexOf(SheetNames.MANIFEST), SheetVisibility.VERY_HIDDEN);
            xssf.setForceFormulaRecalculation(true);
            NormalStyle.declare(xssf);
            wb.write(out);
        }
        return styles.truncated.warnings();
    }
}
