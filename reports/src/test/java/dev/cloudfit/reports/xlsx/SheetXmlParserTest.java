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

    private List<SheetRow> parse(String sheetData, Set<Integer> wanted) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + NS + "><sheetData>" + sheetData
                + "</sheetData></worksheet>";
        List<SheetRow> fast = parseXml(xml, wanted);
        // the general StAX parser (used for other encodings) reads the same rows
        assertThat(parseWithStax(xml, wanted)).isEqualTo(fast);
        // and so does the scanner when its buffer holds a long way ahead (its quick path for cell tags)
        String padded = xml.replace("</worksheet>", "<!--" + " ".repeat(600) + "--></worksheet>");
        assertThat(parseXml(padded, wanted)).isEqualTo(fast);
        return fast;
    }

    private List<SheetRow> parseXml(String xml, Set<Integer> wanted) throws Exception {
        List<SheetRow> rows = new ArrayList<>();
        new SheetXmlParser(shared::get).parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                collect(rows, wanted));
        return rows;
    }

    private List<SheetRow> parseWithStax(String xml, Set<Integer> wanted) throws Exception {
        List<SheetRow> rows = new ArrayList<>();
        new StaxSheetParser(shared::get).parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                collect(rows, wanted));
        return rows;
    }

    private static RowHandler collect(List<SheetRow> rows, Set<Integer> wanted) {
        return new RowHandler() {
            @Override
            public void row(SheetRow row) {
                rows.add(row);
            }

            @Override
            public boolean wants(int column) {
                return wanted == null || wanted.contains(column);
            }
        };
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
                .isInstanceOf(XMLStreamException.class).hasMessageContaining("DTD");
        assertThatThrownBy(() -> new StaxSheetParser(shared::get).parse(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), rows::add))
                .isInstanceOf(XMLStreamException.class);
        assertThat(rows).noneMatch(r -> r.cell(0) != null && r.cell(0).text().contains("aaaa"));
        // an entity that nothing declares is an error too, not text
        assertThatThrownBy(() -> parseXml("<?xml version=\"1.0\"?><worksheet " + NS + "><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c></row></sheetData></worksheet>", null))
                .hasMessageContaining("&b;");
    }

    @Test
    void prefixesQuotesReferencesCommentsAndCdataAreRead() throws Exception {
        String x = "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
        String xml = "\uFEFF<?xml version='1.0' encoding='utf-8' standalone='yes'?>\n<!-- made by hand -->"
                + "<x:worksheet " + x + ">\n  <x:sheetData>\n"
                + "    <x:row r='3' spans='1:4'>\n"
                + "      <x:c r='A3' t='inlineStr'><x:is><x:t xml:space='preserve'> a&lt;b&gt; &amp; &#233;&#x263A; </x:t></x:is></x:c>\n"
                + "      <x:c r='B3' s='2' t='inlineStr'><x:is><x:r><x:t>rich</x:t></x:r><x:r><x:t><![CDATA[ <&amp;> ]]></x:t></x:r>"
                + "<x:rPh sb='0' eb='1'><x:t>phonetic</x:t></x:rPh></x:is></x:c>\n"
                + "      <x:c r='C3' t='inlineStr'/><x:c r='D3' cm=\"1\" t=\"n\"><x:v>-1.5E3</x:v></x:c>\n"
                + "    </x:row>\n"
                + "    <x:row r='4'><x:c r='A4' t='inlineStr'><x:is><x:t>line1\r\nline2</x:t></x:is></x:c>"
                + "<x:c r='B4'><x:v>  42 </x:v></x:c><x:c r='C4'><x:v/></x:c><x:c r='D4' t='s'><x:v> 2 </x:v></x:c></x:row>\n"
                + "  </x:sheetData>\n<x:mergeCells count='1'><x:mergeCell ref='A1:B1'/></x:mergeCells></x:worksheet>";
        List<SheetRow> rows = parseXml(xml, null);
        assertThat(parseWithStax(xml, null)).isEqualTo(rows);
        assertThat(rows).hasSize(2);
        SheetRow r3 = rows.get(0);
        assertThat(r3.rowNumber()).isEqualTo(3);
        assertThat(r3.cell(0).text()).isEqualTo(" a<b> & \u00E9\u263A ");
        assertThat(r3.cell(1).text()).isEqualTo("rich <&amp;> ");
        assertThat(r3.cell(2).text()).isEmpty();
        assertThat(r3.cell(3).number()).isEqualTo(-1500.0);
        assertThat(r3.cell(3).text()).isEqualTo("-1500");
        SheetRow r4 = rows.get(1);
        assertThat(r4.cell(0).text()).isEqualTo("line1\nline2");
        assertThat(r4.cell(1).number()).isEqualTo(42.0);
        assertThat(r4.cell(2)).isNull();
        assertThat(r4.cell(3).text()).isEqualTo("True");
    }

    @Test
    void aCutOffSheetIsAnErrorNotAShortSheet() {
        String xml = "<?xml version=\"1.0\"?><worksheet " + NS + "><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\"><v>2";
        assertThatThrownBy(() -> parseXml(xml, null)).isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("ends early");
        assertThatThrownBy(() -> parseXml(xml.substring(0, xml.length() - 12), null))
                .isInstanceOf(XMLStreamException.class);
    }

    @Test
    void onlyUtf8GoesToTheByteScanner() {
        assertThat(SheetXmlParser.isUtf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w/>".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
        assertThat(SheetXmlParser.isUtf8("<?xml version=\"1.0\"?><w/>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(SheetXmlParser.isUtf8("<w/>".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(SheetXmlParser.isUtf8("<?xml version='1.0' encoding='windows-1252'?><w/>"
                .getBytes(StandardCharsets.ISO_8859_1))).isFalse();
        assertThat(SheetXmlParser.isUtf8("<?xml version=\"1.0\" encoding=\"UTF-16\"?><w/>"
                .getBytes(StandardCharsets.UTF_16))).isFalse();
    }

    @Test
    void aSheetInAnotherEncodingIsReadToo() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet " + NS + "><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>caf\u00E9</t></is></c><c r=\"B1\"><v>7</v></c></row></sheetData></worksheet>";
        List<SheetRow> rows = new ArrayList<>();
        new SheetXmlParser(shared::get).parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_16)),
                collect(rows, null));
        assertThat(rows.get(0).cell(0).text()).isEqualTo("caf\u00E9");
        assertThat(rows.get(0).cell(1).number()).isEqualTo(7.0);
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
