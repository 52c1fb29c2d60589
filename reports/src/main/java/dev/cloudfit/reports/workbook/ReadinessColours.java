package dev.cloudfit.reports.workbook;

import dev.cloudfit.reports.model.Readiness;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Conditional formatting of a readiness column: green for Ready, amber for Ready with conditions,
 * red for Not ready, grey for Unknown. A rule on the text, so a filtered or sorted sheet keeps it.
 */
final class ReadinessColours {

    private ReadinessColours() {
    }

    static void apply(Sheet sheet, int column, int firstRow, int lastRow) {
        if (lastRow < firstRow) {
            return;
        }
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(firstRow, lastRow, column, column)};
        cf.addConditionalFormatting(range,
                rule(cf, Readiness.READY, IndexedColors.LIGHT_GREEN),
                rule(cf, Readiness.READY_WITH_CONDITIONS, IndexedColors.LIGHT_ORANGE));
        cf.addConditionalFormatting(range,
                rule(cf, Readiness.NOT_READY, IndexedColors.ROSE),
                rule(cf, Readiness.UNKNOWN, IndexedColors.GREY_25_PERCENT));
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, Readiness r, IndexedColors colour) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + r.label() + "\"");
        var fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(colour.getIndex());
        fill.setFillPattern(FillPatternType.SOLID_FOREGROUND.getCode());
        return rule;
    }
}
