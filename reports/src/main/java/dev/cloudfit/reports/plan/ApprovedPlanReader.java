package dev.cloudfit.reports.plan;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.reports.model.AssessmentReport;
import dev.cloudfit.reports.model.PlanRow;
import dev.cloudfit.reports.model.VmIdentity;
import dev.cloudfit.reports.plan.signing.KeyFingerprint;
import dev.cloudfit.reports.plan.signing.TrustedKeys;
import dev.cloudfit.reports.workbook.SheetNames;
import dev.cloudfit.reports.xlsx.CellValue;
import dev.cloudfit.reports.xlsx.SheetRow;
import dev.cloudfit.reports.xlsx.XlsxReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads the approved rows of an assessment workbook, streaming, and refuses the workbook unless
 * every Migration Plan row still carries exactly the assessed facts it was written with. Checks:
 * the manifest is present and intact; the plan's header is unchanged; each row's locked columns
 * match its manifest fingerprint (the error names the sheet, row and column that differ); no VM
 * appears twice; no manifest row is missing. Approved must be Yes, No or empty; a Yes needs
 * "Approved by" and "Approved on".
 */
public final class ApprovedPlanReader {

    private final TrustedKeys trusted;

    /** A reader that accepts only workbooks signed by one of {@code trusted}. */
    public ApprovedPlanReader(TrustedKeys trusted) {
        this.trusted = java.util.Objects.requireNonNull(trusted, "trusted");
    }

    public ApprovedPlan read(Path file) {
        try (XlsxReader reader = XlsxReader.open(file)) {
            Manifest manifest = Manifest.read(reader, SheetNames.MANIFEST);
            KeyFingerprint signedBy = new SignatureCheck(InputLocation.of(file).inSheet(SheetNames.MANIFEST), trusted)
                    .verify(manifest);
            if (manifest.modelVersion() != AssessmentReport.MODEL_VERSION) {
                throw new BadInputException(InputLocation.of(file).inSheet(SheetNames.MANIFEST),
                        "workbook model version " + manifest.modelVersion() + " is not supported (this cloudfit reads "
                                + AssessmentReport.MODEL_VERSION + ")");
            }
            if (!reader.sheetNames().contains(SheetNames.PLAN)) {
                throw new BadInputException(InputLocation.of(file), "no '" + SheetNames.PLAN + "' sheet");
            }
            RowChecker checker = new RowChecker(InputLocation.of(file).inSheet(SheetNames.PLAN), manifest, signedBy);
            reader.read(SheetNames.PLAN, checker::row);
            return checker.finish();
        }
    }

    /** Verifies plan rows one at a time against the manifest and collects the approved ones. */
    private static final class RowChecker {
        private final InputLocation where;
        private final Manifest manifest;
        private final Map<String, Long> seen = new HashMap<>();
        private final List<ApprovedRow> approved = new ArrayList<>();
        private boolean headerSeen;

        private final KeyFingerprint signedBy;

        RowChecker(InputLocation where, Manifest manifest, KeyFingerprint signedBy) {
            this.signedBy = signedBy;
            this.where = where;
            this.manifest = manifest;
        }

        void row(SheetRow row) {
            if (!headerSeen) {
                checkHeader(row);
                headerSeen = true;
                return;
            }
            if (row.isBlank()) {
                return;
            }
            long n = row.rowNumber();
            List<PlanColumn> locked = PlanColumn.lockedColumns();
            List<String> facts = new ArrayList<>(locked.size());
            for (PlanColumn c : locked) {
                CellValue v = row.cell(c.index());
                if (v != null && v.formula()) {
                    throw at(n, c, "a formula where an assessed fact belongs; the plan was edited");
                }
                facts.add(v == null ? "" : v.text());
            }
            String key = facts.get(PlanColumn.INSTANCE_UUID.index());
            Manifest.Entry entry = manifest.entries().get(key);
            if (entry == null) {
                throw at(n, PlanColumn.INSTANCE_UUID, "VM '" + key + "' is not in the manifest: the row was added or"
                        + " its identity was changed");
            }
            Long earlier = seen.putIfAbsent(key, n);
            if (earlier != null) {
                throw at(n, PlanColumn.INSTANCE_UUID, "duplicated row: VM '" + key + "' is already on row " + earlier);
            }
            if (!Fingerprint.row(facts).equals(entry.rowDigest())) {
                throw at(n, changedColumn(facts, entry), "the assessed value was changed after the workbook was written"
                        + " (now '" + facts.get(changedColumn(facts, entry).index()) + "'); only the yellow"
                        + " columns (targets and approval) may be edited");
            }
            PlanRow planned = planRow(facts, targets(row));
            approval(row, planned).ifPresent(approved::add);
        }

        private static PlanColumn changedColumn(List<String> facts, Manifest.Entry entry) {
            List<PlanColumn> locked = PlanColumn.lockedColumns();
            for (int i = 0; i < locked.size(); i++) {
                if (!Fingerprint.column(locked.get(i), facts.get(i)).equals(entry.columnDigests()[i])) {
                    return locked.get(i);
                }
            }
            return PlanColumn.VM; // the row digest differs but no column's does: the entry itself was edited
        }

        /**
         * The admin's targets, each checked against Azure's rules when filled in; resource group,
         * VNet and subnet must be filled in on an approved row (checked in {@link #approval}).
         */
        private Targets targets(SheetRow row) {
            long n = row.rowNumber();
            String rg = cell(row, PlanColumn.RESOURCE_GROUP);
            String vnet = cell(row, PlanColumn.VNET);
            String subnet = cell(row, PlanColumn.SUBNET);
            String ip = cell(row, PlanColumn.IP);
            String testVnet = cell(row, PlanColumn.TEST_VNET);
            check(n, PlanColumn.RESOURCE_GROUP, rg, AzureNames.resourceGroup(rg));
            check(n, PlanColumn.VNET, vnet, AzureNames.virtualNetworkReference(vnet));
            check(n, PlanColumn.SUBNET, subnet, AzureNames.subnet(subnet));
            check(n, PlanColumn.IP, ip, AzureNames.ip(ip));
            check(n, PlanColumn.TEST_VNET, testVnet, AzureNames.virtualNetwork(testVnet));
            if (!testVnet.isEmpty() && testVnet.equalsIgnoreCase(vnet)) {
                throw at(n, PlanColumn.TEST_VNET, "the test VNet must not be the production VNet '" + vnet
                        + "': a test migration runs beside the source VM and needs an isolated network");
            }
            return new Targets(rg, vnet, subnet, wave(n, row.cell(PlanColumn.WAVE.index())),
                    ip.isEmpty() ? PlanRow.DYNAMIC_IP : ip.toLowerCase(java.util.Locale.ROOT), testVnet);
        }

        private void check(long n, PlanColumn column, String value, Optional<String> problem) {
            if (!value.isEmpty() && problem.isPresent()) {
                throw at(n, column, "'" + value + "' is not valid: " + problem.get());
            }
        }

        private int wave(long n, CellValue v) {
            if (v == null || v.isBlank()) {
                throw at(n, PlanColumn.WAVE, "no wave; write a whole number from 1 to 999");
            }
            String t = v.text().trim();
            try {
                double d = v.isNumber() ? v.number() : Double.parseDouble(t);
                if (d == Math.rint(d) && d >= 1 && d <= 999) {
                    return (int) d;
                }
            } catch (NumberFormatException ignored) {
                // said below
            }
            throw at(n, PlanColumn.WAVE, "'" + t + "' is not a wave; write a whole number from 1 to 999");
        }

        private static String cell(SheetRow row, PlanColumn column) {
            return Manifest.text(row.cell(column.index())).trim();
        }

        private Optional<ApprovedRow> approval(SheetRow row, PlanRow planned) {
            long n = row.rowNumber();
            String flag = Manifest.text(row.cell(PlanColumn.APPROVED.index())).trim();
            if (flag.isEmpty() || flag.equalsIgnoreCase("No")) {
                return Optional.empty();
            }
            if (!flag.equalsIgnoreCase("Yes")) {
                throw at(n, PlanColumn.APPROVED, "'" + flag + "' is neither Yes nor No");
            }
            String by = Manifest.text(row.cell(PlanColumn.APPROVED_BY.index())).trim();
            if (by.isEmpty()) {
                throw at(n, PlanColumn.APPROVED_BY, "approved, but nobody is named as approver");
            }
            LocalDate on = date(n, row.cell(PlanColumn.APPROVED_ON.index()));
            for (PlanColumn c : List.of(PlanColumn.RESOURCE_GROUP, PlanColumn.VNET, PlanColumn.SUBNET)) {
                if (cell(row, c).isEmpty()) {
                    throw at(n, c, "approved, but no " + c.header() + " is set; say where the VM goes in Azure");
                }
            }
            return Optional.of(new ApprovedRow(n, planned, by, on));
        }

        private LocalDate date(long n, CellValue v) {
            if (v == null || v.isBlank()) {
                throw at(n, PlanColumn.APPROVED_ON, "approved, but without a date");
            }
            if (v.isNumber()) {
                if (!DateUtil.isValidExcelDate(v.number())) {
                    throw at(n, PlanColumn.APPROVED_ON, "not a date: " + v.text());
                }
                return DateUtil.getLocalDateTime(v.number()).toLocalDate();
            }
            try {
                return LocalDate.parse(v.text().trim());
            } catch (DateTimeParseException e) {
                throw at(n, PlanColumn.APPROVED_ON, "not a date (use yyyy-mm-dd): " + v.text());
            }
        }

        /** What the admin typed in the target columns of one row, validated. */
        private record Targets(String resourceGroup, String vnet, String subnet, int wave, String ip, String testVnet) {
        }

        private static PlanRow planRow(List<String> f, Targets t) {
            String disks = f.get(PlanColumn.DISK_TYPES.index());
            return new PlanRow(new VmIdentity(f.get(PlanColumn.VM.index()), f.get(PlanColumn.VCENTER.index()),
                    f.get(PlanColumn.MOREF.index()), f.get(PlanColumn.INSTANCE_UUID.index())),
                    f.get(PlanColumn.TARGET_SIZE.index()),
                    disks.isEmpty() ? List.of() : Arrays.asList(disks.split(PlanColumn.DISK_SEPARATOR, -1)),
                    f.get(PlanColumn.REGION.index()), t.resourceGroup(), t.vnet(), t.subnet(), t.wave(), t.ip(),
                    t.testVnet());
        }

        private void checkHeader(SheetRow row) {
            for (PlanColumn c : PlanColumn.values()) {
                String h = Manifest.text(row.cell(c.index())).trim();
                if (!h.equalsIgnoreCase(c.header())) {
                    throw new BadInputException(where.atRow(row.rowNumber()).atColumn(c.header()),
                            "expected the header '" + c.header() + "' in column " + columnLetter(c)
                                    + ", found '" + h + "'; columns must not be moved, renamed or inserted");
                }
            }
        }

        ApprovedPlan finish() {
            if (seen.size() != manifest.entries().size()) {
                String gone = manifest.entries().keySet().stream().filter(k -> !seen.containsKey(k)).sorted()
                        .findFirst().orElse("?");
                throw new BadInputException(where, (manifest.entries().size() - seen.size())
                        + " plan row(s) were deleted, e.g. VM '" + gone + "'");
            }
            return new ApprovedPlan(manifest.workbookId(), manifest.modelVersion(), seen.size(), approved, signedBy);
        }

        private BadInputException at(long row, PlanColumn column, String problem) {
            return new BadInputException(where.atRow(row).atColumn(column.header() + " (" + columnLetter(column) + ")"),
                    problem);
        }

        private static String columnLetter(PlanColumn c) {
            return String.valueOf((char) ('A' + c.index()));
        }
    }
}
