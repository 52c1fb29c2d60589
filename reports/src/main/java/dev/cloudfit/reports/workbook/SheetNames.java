package dev.cloudfit.reports.workbook;

/** The sheet names of the workbook: part of the contract with its readers (the migrate plugin). */
public final class SheetNames {

    public static final String SUMMARY = "Summary";
    public static final String VMS = "VMs";
    public static final String DISKS = "Disks";
    public static final String AVS = "AVS";
    public static final String READINESS = "Readiness";
    public static final String SCENARIOS = "Scenarios";
    /** Only with {@code --compare-regions}: the same sizing priced in other regions. */
    public static final String REGIONS = "Regions";
    public static final String PRICE_INPUTS = "Price inputs";
    public static final String ON_PREMISES = "On-premises";
    public static final String ASSUMPTIONS = "Assumptions";
    public static final String PLAN = "Migration Plan";
    /** Very hidden: workbook id, model version and the fingerprints of the plan's assessed facts. */
    public static final String MANIFEST = "_manifest";

    private SheetNames() {
    }

    /** A sheet name quoted for use in a formula: {@code 'On-premises'}. */
    static String quoted(String sheet) {
        return "'" + sheet.replace("'", "''") + "'";
    }
}
