package dev.cloudfit.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;

class SharedStringTableTest {

    private static final String NS = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";

    private static SharedStringTable read(String xml) throws Exception {
        SharedStringTable fast = SharedStringTable.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        // the StAX reader (used for other encodings) reads the same texts
        SharedStringTable stax = SharedStringTable.readWithStax(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertThat(stax.size()).isEqualTo(fast.size());
        for (int i = 0; i < fast.size(); i++) {
            assertThat(stax.get(i)).isEqualTo(fast.get(i));
        }
        return fast;
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
    void referencesCdataCommentsAndPrefixesAreRead() throws Exception {
        SharedStringTable t = read("\uFEFF<?xml version='1.0' encoding='UTF-8'?><!-- c --><x:sst xmlns:x='"
                + "http://schemas.openxmlformats.org/spreadsheetml/2006/main'><x:si><x:t>a&amp;b &lt;&#233;&#x263A;&gt;</x:t>"
                + "</x:si><x:si><x:t><![CDATA[<&amp;>]]></x:t></x:si><x:si/><x:si><x:t>cr\r\nlf</x:t></x:si></x:sst>");
        assertThat(t.size()).isEqualTo(4);
        assertThat(t.get(0)).isEqualTo("a&b <\u00E9\u263A>");
        assertThat(t.get(1)).isEqualTo("<&amp;>");
        assertThat(t.get(2)).isEmpty();
        assertThat(t.get(3)).isEqualTo("cr\nlf");
    }

    @Test
    void entityExpansionIsRefusedAndACutOffTableIsAnError() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY a \"aaaaaaaaaa\">]><sst " + NS + ">"
                + "<si><t>&a;</t></si></sst>";
        assertThatThrownBy(() -> SharedStringTable.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(XMLStreamException.class).hasMessageContaining("DTD");
        assertThatThrownBy(() -> SharedStringTable.readWithStax(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))).isInstanceOf(XMLStreamException.class);
        String cut = "<sst " + NS + "><si><t>one</t></si><si><t>tw";
        assertThatThrownBy(() -> SharedStringTable.read(new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(XMLStreamException.class).hasMessageContaining("end early");
    }
}
