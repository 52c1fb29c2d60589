package dev.cloudfit.reports.workbook;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Native charts (XDDF) on the Summary sheet, each drawn from a small table on the same sheet, so
 * that they follow the live formulas when finance edits the inputs.
 */
final class SummaryCharts {

    /** Bars in the header colour (dark teal), explicit because LibreOffice shows unfilled series as nothing. */
    private static final byte[] BAR_COLOUR = {0x00, 0x66, (byte) 0x80};

    private final XSSFSheet sheet;
    private final XSSFDrawing drawing;

    SummaryCharts(XSSFSheet sheet) {
        this.sheet = sheet;
        this.drawing = sheet.createDrawingPatriarch();
    }

    /** A bar chart; labels and values are 0-based inclusive row ranges in two columns. */
    void bars(String title, int firstRow, int lastRow, int labelColumn, int valueColumn, boolean horizontal,
            int anchorCol, int anchorRow, int width, int height) {
        if (lastRow < firstRow) {
            return;
        }
        XSSFChart chart = chart(title, anchorCol, anchorRow, width, height);
        XDDFCategoryAxis categories = chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        if (horizontal) {
            categories.setOrientation(org.apache.poi.xddf.usermodel.chart.AxisOrientation.MAX_MIN);
        }
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(labels(firstRow, lastRow, labelColumn),
                numbers(firstRow, lastRow, valueColumn));
        series.setTitle(title, null);
        series.setFillProperties(solid(BAR_COLOUR));
        chart.plot(data);
    }

    /** A pie chart with a legend; slice i gets colours[i] (LibreOffice draws nothing without explicit fills). */
    void pie(String title, int firstRow, int lastRow, int labelColumn, int valueColumn, byte[][] colours,
            int anchorCol, int anchorRow, int width, int height) {
        XSSFChart chart = chart(title, anchorCol, anchorRow, width, height);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFChartData data = chart.createData(ChartTypes.PIE, null, null);
        data.setVaryColors(true);
        XDDFChartData.Series series = data.addSeries(labels(firstRow, lastRow, labelColumn),
                numbers(firstRow, lastRow, valueColumn));
        series.setTitle(title, null);
        for (int i = 0; i < colours.length && i <= lastRow - firstRow; i++) {
            series.getDataPoint(i).setFillProperties(solid(colours[i]));
        }
        chart.plot(data);
    }

    private static XDDFSolidFillProperties solid(byte[] rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(rgb));
    }

    private XSSFChart chart(String title, int col, int row, int width, int height) {
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col, row, col + width, row + height));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        return chart;
    }

    private XDDFDataSource<String> labels(int first, int last, int column) {
        return XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, column, column));
    }

    private XDDFNumericalDataSource<Double> numbers(int first, int last, int column) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, column, column));
    }
}
