package dev.cloudfit.reports.xlsx;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A streaming pass over one worksheet part with a general StAX parser (Woodstox), for the sheets
 * {@link SheetScanner} does not take: XML in an encoding other than UTF-8. DTDs and external
 * entities are refused.
 */
final class StaxSheetParser {

    static final XMLInputFactory FACTORY = newFactory();

    private final IntFunction<String> sharedStrings;

    StaxSheetParser(IntFunction<String> sharedStrings) {
        this.sharedStrings = sharedStrings;
    }

    static XMLInputFactory newFactory() {
        XMLInputFactory f = new com.ctc.wstx.stax.WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        return f;
    }

    void parse(InputStream sheet, RowHandler handler) throws XMLStreamException {
        XMLStreamReader x = FACTORY.createXMLStreamReader(sheet);
        try {
            long rowNumber = 0;
            List<CellValue> cells = null;
            int nextColumn = 0;
            // state of the current cell
            int column = -1;
            String type = null;
            boolean wanted = false;
            boolean formula = false;
            boolean inValue = false;
            boolean inInlineText = false;
            int phonetic = 0;
            StringBuilder value = new StringBuilder();
            boolean hasValue = false;

            while (x.hasNext()) {
                int event = x.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    // a worksheet never has a DTD; one here is an entity attack or a forged file
                    throw new XMLStreamException("a DTD or entity reference in a worksheet is not allowed");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = x.getLocalName();
                    switch (name) {
                        case "row" -> {
                            String r = x.getAttributeValue(null, "r");
                            rowNumber = r == null ? rowNumber + 1 : Long.parseLong(r);
                            cells = new ArrayList<>();
                            nextColumn = 0;
                        }
                        case "c" -> {
                            String ref = x.getAttributeValue(null, "r");
                            column = ref == null ? nextColumn : CellReference.column(ref);
                            if (column < 0) {
                                column = nextColumn;
                            }
                            nextColumn = column + 1;
                            type = x.getAttributeValue(null, "t");
                            wanted = handler.wants(column);
                            formula = false;
                            hasValue = false;
                            value.setLength(0);
                        }
                        case "v" -> inValue = wanted;
                        case "t" -> inInlineText = wanted && "inlineStr".equals(type) && phonetic == 0;
                        case "f" -> formula = true;
                        case "rPh" -> phonetic++;
                        default -> {
                            // other elements (sheetData, cols, mergeCells, is, r ...) carry nothing we read
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    if (inValue || inInlineText) {
                        value.append(x.getText());
                        hasValue = true;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = x.getLocalName();
                    switch (name) {
                        case "v" -> inValue = false;
                        case "t" -> inInlineText = false;
                        case "rPh" -> phonetic--;
                        case "c" -> {
                            boolean valued = hasValue || "inlineStr".equals(type);
                            if (wanted && cells != null && (valued || formula)) {
                                while (cells.size() < column) {
                                    cells.add(null);
                                }
                                // a formula saved without a calculated value is a blank formula cell
                                cells.add(valued ? decode(type, value.toString(), formula)
                                        : new CellValue(CellValue.Kind.TEXT, "", Double.NaN, true));
                            }
                            column = -1;
                        }
                        case "row" -> {
                            if (cells != null) {
                                handler.row(new SheetRow(rowNumber, cells));
                            }
                            cells = null;
                        }
                        default -> {
                            // nothing to close
                        }
                    }
                }
            }
        } finally {
            x.close();
        }
    }

    private CellValue decode(String type, String raw, boolean formula) {
        if (type == null || type.equals("n")) {
            if (raw.isEmpty()) {
                return new CellValue(CellValue.Kind.TEXT, "", Double.NaN, formula);
            }
            double n = Double.parseDouble(raw);
            return CellValue.number(n, formula);
        }
        return switch (type) {
            case "s" -> new CellValue(CellValue.Kind.TEXT, sharedStrings.apply(Integer.parseInt(raw.trim())),
                    Double.NaN, formula);
            case "b" -> new CellValue(CellValue.Kind.BOOLEAN, "1".equals(raw.trim()) ? "TRUE" : "FALSE",
                    "1".equals(raw.trim()) ? 1 : 0, formula);
            case "e" -> new CellValue(CellValue.Kind.ERROR, raw, Double.NaN, formula);
            default -> new CellValue(CellValue.Kind.TEXT, raw, Double.NaN, formula); // str, inlineStr, d
        };
    }
}
