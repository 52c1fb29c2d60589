package dev.cloudfit.reports.workbook;

import javax.xml.namespace.QName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTStylesheet;

/**
 * Declares the built-in "Normal" cell style, which POI's new workbook lacks. Excel and LibreOffice
 * do without it, but openpyxl warns that the workbook "contains no default style"; a report handed
 * to a customer should open without warnings anywhere. POI's schema subset has no class for
 * {@code cellStyles}, so the element is inserted with a cursor, right after {@code cellXfs} as the
 * schema orders it. Call once the styles are created, just before writing.
 */
final class NormalStyle {

    private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private NormalStyle() {
    }

    static void declare(XSSFWorkbook wb) {
        CTStylesheet css = wb.getStylesSource().getCTStylesheet();
        if (!css.isSetCellXfs()) {
            css.addNewCellXfs(); // POI fills it when writing, in place, so the element inserted after it stays
        }
        try (XmlCursor probe = css.newCursor()) {
            if (probe.toChild(new QName(NS, "cellStyles"))) {
                return;
            }
        }
        try (XmlCursor c = css.getCellXfs().newCursor()) {
            c.toEndToken();
            c.toNextToken();
            c.beginElement(new QName(NS, "cellStyles"));
            c.insertAttributeWithValue("count", "1");
            c.beginElement(new QName(NS, "cellStyle"));
            c.insertAttributeWithValue("name", "Normal");
            c.insertAttributeWithValue("xfId", "0");
            c.insertAttributeWithValue("builtinId", "0");
        }
    }
}
