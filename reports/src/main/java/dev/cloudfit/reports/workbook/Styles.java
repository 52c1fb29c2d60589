package dev.cloudfit.reports.workbook;

import java.util.Currency;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, created once (a workbook holds at most 64,000). Fact styles are
 * locked; input styles are unlocked and tinted yellow so that people see what they may edit.
 * Money shows its ISO code ({@code #,##0.00 "EUR"}) so that a number never travels without its currency.
 */
final class Styles {

    final CellStyle title;
    final CellStyle heading;
    final CellStyle header;
    final CellStyle text;
    final CellStyle guardedText;
    final CellStyle wrapText;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle money;
    final CellStyle moneyBold;
    final CellStyle moneyHourly;
    final CellStyle gib;
    final CellStyle percent;
    final CellStyle missing;
    /** Money that leaves VMs out: a lower bound, in dark red italics. */
    final CellStyle moneyIncomplete;
    /** Text that warns (an incomplete total, a missing price source), in dark red italics. */
    final CellStyle warning;
    final CellStyle inputText;
    final CellStyle inputInteger;
    final CellStyle inputDecimal;
    final CellStyle inputCount;
    final CellStyle inputPercent;
    final CellStyle inputMoney;
    final CellStyle inputRate;
    final CellStyle inputDate;
    private final Workbook workbook;
    private final java.util.Map<String, CellStyle> figures = new java.util.HashMap<>();

    /** Text cut to fit a cell anywhere in this workbook (kept here, as every sheet writer has the styles). */
    final TruncatedTexts truncated = new TruncatedTexts();

    Styles(Workbook wb, Currency currency) {
        this.workbook = wb;
        DataFormat formats = wb.createDataFormat();
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        String code = currency.getCurrencyCode();
        String moneyFormat = "#,##0" + (digits > 0 ? "." + "0".repeat(digits) : "") + " \"" + code + "\"";
        String hourlyFormat = "#,##0.0000 \"" + code + "\"";

        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        Font headerFont = wb.createFont();
        headerFont.setBold(true);
        headerFont.setColor(IndexedColors.WHITE.getIndex());

        title = wb.createCellStyle();
        title.setFont(big);
        heading = wb.createCellStyle();
        heading.setFont(bold);
        header = wb.createCellStyle();
        header.setFont(headerFont);
        header.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        text = wb.createCellStyle();
        guardedText = wb.createCellStyle();
        guardedText.setQuotePrefixed(true);
        wrapText = wb.createCellStyle();
        wrapText.setWrapText(true);
        integer = numeric(wb, formats.getFormat("#,##0"));
        decimal = numeric(wb, formats.getFormat("#,##0.00"));
        money = numeric(wb, formats.getFormat(moneyFormat));
        moneyBold = numeric(wb, formats.getFormat(moneyFormat));
        moneyBold.setFont(bold);
        moneyHourly = numeric(wb, formats.getFormat(hourlyFormat));
        gib = numeric(wb, formats.getFormat("#,##0.0 \"GiB\""));
        percent = numeric(wb, formats.getFormat("0.0%"));
        missing = wb.createCellStyle();
        Font grey = wb.createFont();
        grey.setItalic(true);
        grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        missing.setFont(grey);
        Font alert = wb.createFont();
        alert.setItalic(true);
        alert.setColor(IndexedColors.DARK_RED.getIndex());
        moneyIncomplete = numeric(wb, formats.getFormat(moneyFormat));
        moneyIncomplete.setFont(alert);
        warning = wb.createCellStyle();
        warning.setFont(alert);

        inputText = input(wb, formats.getFormat("@"));
        inputInteger = input(wb, formats.getFormat("0"));
        inputDecimal = input(wb, formats.getFormat("#,##0.00"));
        inputCount = input(wb, formats.getFormat("#,##0"));
        inputPercent = input(wb, formats.getFormat("0.00%"));
        inputMoney = input(wb, formats.getFormat(moneyFormat));
        inputRate = input(wb, formats.getFormat("#,##0.000000"));
        inputDate = input(wb, formats.getFormat("yyyy-mm-dd"));
    }

    /**
     * {@code base} indented by one step: for text just right of a right-aligned figure, which would otherwise
     * read as one run ("13,919.51 USDAMS-Prod-CL01"); made once per style.
     */
    CellStyle besideFigure(CellStyle base) {
        return figures.computeIfAbsent("indent:" + base.getIndex(), k -> {
            CellStyle s = workbook.createCellStyle();
            s.cloneStyleFrom(base);
            s.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT); // indents apply to aligned text
            s.setIndention((short) 1);
            return s;
        });
    }

    /**
     * A number with {@code decimals} decimals and its unit in the format ({@code #,##0.0 "days"}), or a percent
     * when {@code unit} is {@code %}; made once per format.
     */
    CellStyle figure(int decimals, String unit) {
        String places = decimals > 0 ? "." + "0".repeat(decimals) : "";
        String format = "%".equals(unit) ? "0" + places + "%"
                : "#,##0" + places + (unit.isEmpty() ? "" : " \"" + unit.replace("\"", "") + "\"");
        return figures.computeIfAbsent(format, f -> numeric(workbook, workbook.createDataFormat().getFormat(f)));
    }

    private static CellStyle numeric(Workbook wb, short format) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(format);
        return s;
    }

    private static CellStyle input(Workbook wb, short format) {
        CellStyle s = numeric(wb, format);
        s.setLocked(false);
        s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.HAIR);
        s.setBorderTop(BorderStyle.HAIR);
        s.setBorderLeft(BorderStyle.HAIR);
        s.setBorderRight(BorderStyle.HAIR);
        return s;
    }
}
