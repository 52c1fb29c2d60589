package dev.cloudfit.vsphere.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class XmlTest {

    @Test
    void escapesMarkupQuotesAndCarriageReturns() {
        assertThat(Xml.escape("a<b>&\"c'\r\n\td")).isEqualTo("a&lt;b&gt;&amp;&quot;c&apos;&#13;\n\td");
        assertThat(Xml.escape("Zürich – 東京")).isEqualTo("Zürich – 東京");
    }

    @Test
    void refusesCharactersXmlCannotCarry() {
        assertThatThrownBy(() -> Xml.escape("a\u0000b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("U+0000");
    }

    @Test
    void anEnvelopeCarriesHostileValuesVerbatim() throws Exception {
        String hostile = "</userName><password>x</password>&amp;\"'<![CDATA[ ]]>\r";
        SoapRequest request = SoapRequest.method("Login", new ManagedObjectReference("SessionManager", "Session\"Manager"))
                .text("userName", hostile).number("n", -5).bool("b", true)
                .object("spec", "PropertySpec", spec -> spec.text("type", "A&B").reference("obj",
                        new ManagedObjectReference("VirtualMachine", "vm-<1>"))).build();
        XMLStreamReader reader = SecureXml.reader(new ByteArrayInputStream(
                request.envelope().getBytes(StandardCharsets.UTF_8)));
        reader.nextTag(); // Envelope
        reader.nextTag(); // Body
        reader.nextTag(); // Login
        assertThat(reader.getLocalName()).isEqualTo("Login");
        assertThat(reader.getNamespaceURI()).isEqualTo("urn:vim25");
        reader.nextTag();
        assertThat(StaxReading.reference(reader)).isEqualTo(new ManagedObjectReference("SessionManager", "Session\"Manager"));
        reader.nextTag();
        assertThat(reader.getLocalName()).isEqualTo("userName");
        assertThat(reader.getElementText()).isEqualTo(hostile);
        reader.nextTag();
        assertThat(StaxReading.longValue(reader)).isEqualTo(-5);
        reader.nextTag();
        assertThat(StaxReading.booleanValue(reader)).isTrue();
        reader.nextTag();
        assertThat(reader.getLocalName()).isEqualTo("spec");
        assertThat(StaxReading.xsiType(reader)).isEqualTo("PropertySpec");
        reader.nextTag();
        assertThat(reader.getElementText()).isEqualTo("A&B");
        reader.nextTag();
        assertThat(StaxReading.reference(reader)).isEqualTo(new ManagedObjectReference("VirtualMachine", "vm-<1>"));
        assertThat(reader.nextTag()).isEqualTo(XMLStreamReader.END_ELEMENT);
        assertThat(reader.getLocalName()).isEqualTo("spec");
        assertThat(request.toString()).isEqualTo("SoapRequest[Login]");
    }

    @Test
    void elementNamesAreCheckedNotEscaped() {
        assertThatThrownBy(() -> SoapRequest.method("Login><x", new ManagedObjectReference("A", "b")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SoapRequest.method("Login", new ManagedObjectReference("A", "b")).text("a b", "v"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
