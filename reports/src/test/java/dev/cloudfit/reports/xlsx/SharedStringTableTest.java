package dev.cloudfit.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class SharedStringTableTest {

    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    private static SharedStringTable read(String xml) throws XMLStreamException {
        return SharedStringTable.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsPlainAndRichTextJoinsRunsAndLeavesOutPhoneticHints() throws Exception {
        SharedStringTable t = read("<?xml version=\"1.0\"?><sst " + NS + " count=\"4\" uniqueCount=\"4\">"
                + "<si><t>VM</t></si>"
                + "<si><r><rPr><b/></rPr><t>web</t></r><r><t xml:space=\"preserve\">-01 </t></r></si>"
                + "<si><t>\u6771\u4EAC</t><rPh sb=\"0\" eb=\"2\"><t>\u30C8\u30A6\u30AD\u30E7\u30A6</t></rPh></si>"
                + "<si><t/></si></sst>");
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.get(0)).isEqualTo("VM");
        assertThat(t.get(1)).isEqualTo("web-01 ");
        assertThat(t.get(2)).isEqualTo("\u6771\u4EAC");
        assertThat(t.get(3)).isEmpty();
        assertThatThrownBy(() -> t.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void decodesOoxmlCharacterEscapes() throws Exception {
        SharedStringTable t = read("<sst " + NS + "><si><t>line_x000D_\nnext</t></si>"
                + "<si><t>_x005F_x0041_ and _x00zz_</t></si></sst>");
        assertThat(t.get(0)).isEqualTo("line\r\nnext");
        assertThat(t.get(1)).isEqualTo("_x0041_ and _x00zz_");
    }

    @Test
    void entityExpansionIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\">]><sst " + NS + ">"
                + "<si><t>&a;</t></si></sst>";
        assertThatThrownBy(() -> read(xml)).isInstanceOf(XMLStreamException.class);
    }
}
