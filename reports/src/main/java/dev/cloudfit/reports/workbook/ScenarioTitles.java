package dev.cloudfit.reports.workbook;

/**
 * A scenario's name as the workbook shows it. Names are stable keys (the JSON output and tools use them):
 * {@code PAYG}, {@code RI1Y + AHB}, {@code SP3Y @ northeurope} are the abbreviations Azure's own price sheets
 * use, and stay; only the enum-style {@code DEV_TEST} reads as {@code Dev/Test}. The Scenarios sheet's
 * Description spells each one out.
 */
final class ScenarioTitles {

    private static final String DEV_TEST = "DEV_TEST";

    private ScenarioTitles() {
    }

    static String of(String name) {
        return name.startsWith(DEV_TEST) ? "Dev/Test" + name.substring(DEV_TEST.length()) : name;
    }
}
