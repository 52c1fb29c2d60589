package dev.cloudfit.vsphere.soap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The parser refuses what vim25 never sends, and still reads what it does. */
class SecureXmlTest {

    private static String readAll(String xml) throws XMLStreamException {
        XMLStreamReader reader = SecureXml.reader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            if (reader.next() == XMLStreamReader.CHARACTERS) {
                text.append(reader.getText());
            }
        }
        return text.toString();
    }

    @Test
    void predefinedEntitiesAndCharacterReferencesStillWork() throws Exception {
        assertThat(readAll("<a>&lt;&amp;&gt;&quot;&apos;&#233;&#x1F600;</a>")).isEqualTo("<&>\"'é😀");
    }

    @Test
    void manyEscapesAsInLongAnnotationsAreNotMistakenForAnAttack() throws Exception {
        assertThat(readAll("<a>" + "&lt;b&gt; &amp; &#233;".repeat(200_000) + "</a>"))
                .hasSize("<b> & é".length() * 200_000);
    }

    @Test
    void anExternalEntityNeverReachesTheFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]><a>&x;</a>";
        assertThatThrownBy(() -> readAll(xml))
                .isInstanceOf(UnsafeXmlException.class)
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void anExternalDtdIsRefused() {
        assertThatThrownBy(() -> readAll("<!DOCTYPE a SYSTEM \"http://127.0.0.1:9/evil.dtd\"><a/>"))
                .isInstanceOf(UnsafeXmlException.class);
    }

    @Test
    void anUndeclaredEntityIsRefusedNotExpanded() {
        assertThatThrownBy(() -> readAll("<a>&lol9;</a>")).isInstanceOf(UnsafeXmlException.class);
    }
}
