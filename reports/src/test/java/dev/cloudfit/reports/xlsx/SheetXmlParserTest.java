package dev.cloudfit.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class SheetXmlParserTest {

    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
    private final List<String> shared = List.of("VM", "web01", "True");

    private List<SheetRow> parse(String sheetData, Set<Integer> wanted) throws XMLStreamException {
        List<SheetRow> rows = new ArrayList<>();
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + NS + "><sheetData>" + sheetData
                + "</sheetData></worksheet>";
        new SheetXmlParser(shared::get).parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                new RowHandler() {
                    @Override
                    public void row(SheetRow row) {
                        rows.add(row);
                    }

                    @Override
                    public boolean wants(int column) {
                        return wanted == null || wanted.contains(column);
                    }
                });
        return rows;
    }

    @Test
    void readsStoredValuesOfEveryCellType() throws Exception {
        List<SheetRow> rows = parse("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>CPUs</t></is></c>"
                + "<c r=\"C1\" t=\"b\"><v>1</v></c><c r=\"D1\" t=\"e\"><v>#N/A</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c><c r=\"B2\" s=\"3\"><v>16384</v></c>"
                + "<c r=\"C2\"><f>1+1</f><v>2</v></c><c r=\"D2\" t=\"str\"><f>A2</f><v>web01</v></c></row>", null);
        assertThat(rows).hasSize(2);
        SheetRow header = rows.get(0);
        assertThat(header.rowNumber()).isEqualTo(1);
        assertThat(header.cell(0).text()).isEqualTo("VM");
        assertThat(header.cell(1).text()).isEqualTo("CPUs");
        assertThat(header.cell(2).kind()).isEqualTo(CellValue.Kind.BOOLEAN);
        assertThat(header.cell(3).kind()).isEqualTo(CellValue.Kind.ERROR);
        SheetRow data = rows.get(1);
        assertThat(data.cell(1).isNumber()).isTrue();
        assertThat(data.cell(1).number()).isEqualTo(16384);
        assertThat(data.cell(1).text()).isEqualTo("16384");
        assertThat(data.cell(2).formula()).isTrue();
        assertThat(data.cell(2).number()).isEqualTo(2);
        assertThat(data.cell(3).formula()).isTrue();
        assertThat(data.cell(3).text()).isEqualTo("web01");
    }

    @Test
    void sparseCellsKeepTheirColumnsAndMissingRowNumbersCount() throws Exception {
        List<SheetRow> rows = parse("<row r=\"5\"><c r=\"C5\"><v>3</v></c><c r=\"AA5\"><v>27</v></c></row>"
                + "<row><c><v>1</v></c><c><v>2</v></c></row>", null);
        assertThat(rows.get(0).rowNumber()).isEqualTo(5);
        assertThat(rows.get(0).cell(0)).isNull();
        assertThat(rows.get(0).cell(2).number()).isEqualTo(3);
        assertThat(rows.get(0).cell(26).number()).isEqualTo(27);
        assertThat(rows.get(1).rowNumber()).isEqualTo(6);
        assertThat(rows.get(1).cell(1).number()).isEqualTo(2);
    }

    @Test
    void unwantedColumnsAreNotDecoded() throws Exception {
        List<SheetRow> rows = parse("<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\" t=\"s\"><v>99</v></c>"
                + "<c r=\"C1\"><v>3</v></c></row>", Set.of(0, 2));
        // column B would fail (shared string 99 does not exist) if it were decoded
        assertThat(rows.get(0).cell(1)).isNull();
        assertThat(rows.get(0).cell(2).number()).isEqualTo(3);
    }

    @Test
    void blankRowsAreRecognised() throws Exception {
        List<SheetRow> rows = parse("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>  </t></is></c></row><row r=\"2\"/>", null);
        assertThat(rows).allSatisfy(r -> assertThat(r.isBlank()).isTrue());
    }

    @Test
    void entityExpansionIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                + "<worksheet " + NS + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c></row>"
                + "</sheetData></worksheet>";
        List<SheetRow> rows = new ArrayList<>();
        assertThatThrownBy(() -> new SheetXmlParser(shared::get).parse(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), rows::add))
                .isInstanceOf(XMLStreamException.class);
        assertThat(rows).noneMatch(r -> r.cell(0) != null && r.cell(0).text().contains("aaaa"));
    }

    @Test
    void cellReferences() {
        assertThat(CellReference.column("A1")).isZero();
        assertThat(CellReference.column("Z9")).isEqualTo(25);
        assertThat(CellReference.column("AA10")).isEqualTo(26);
        assertThat(CellReference.column("XFD1048576")).isEqualTo(16_383);
        assertThat(CellReference.column("12")).isEqualTo(-1);
        assertThat(CellReference.letters(0)).isEqualTo("A");
        assertThat(CellReference.letters(27)).isEqualTo("AB");
        assertThat(CellReference.letters(16_383)).isEqualTo("XFD");
    }
}
