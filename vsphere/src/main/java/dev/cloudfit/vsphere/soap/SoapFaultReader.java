package dev.cloudfit.vsphere.soap;

import dev.cloudfit.vsphere.fault.VimFault;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a SOAP 1.1 {@code <Fault>} as vCenter writes it:
 *
 * <pre>{@code
 * <soapenv:Fault>
 *   <faultcode>ServerFaultCode</faultcode>
 *   <faultstring>Cannot complete login due to an incorrect user name or password.</faultstring>
 *   <detail><InvalidLoginFault xmlns="urn:vim25" xsi:type="InvalidLogin"/></detail>
 * </soapenv:Fault>
 * }</pre>
 *
 * The fault name is the detail element's {@code xsi:type}, else its element name without the
 * {@code Fault} suffix; a fault without detail is named by its fault code. Simple detail fields
 * are kept (references as {@code Type:value}); nested structures such as {@code faultCause} are skipped.
 */
final class SoapFaultReader {

    private SoapFaultReader() {
    }

    /** @param reader on the {@code <Fault>} start tag; left on its end tag */
    static VimFault read(XMLStreamReader reader) throws XMLStreamException {
        String code = "";
        String message = "";
        String name = null;
        Map<String, String> details = new LinkedHashMap<>();
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "faultcode" -> code = StaxReading.text(reader).strip();
                case "faultstring" -> message = StaxReading.text(reader);
                case "detail" -> {
                    while (StaxReading.nextChild(reader)) {
                        if (name == null) {
                            name = faultName(reader);
                            readDetail(reader, details);
                        } else {
                            StaxReading.skipElement(reader);
                        }
                    }
                }
                default -> StaxReading.skipElement(reader);
            }
        }
        if (name == null) {
            int colon = code.indexOf(':');
            name = code.isEmpty() ? "UnknownFault" : code.substring(colon + 1);
        }
        return new VimFault(name, message, details);
    }

    private static String faultName(XMLStreamReader reader) {
        String type = StaxReading.xsiType(reader);
        if (type != null) {
            return type;
        }
        String element = reader.getLocalName();
        return element.endsWith("Fault") && element.length() > "Fault".length()
                ? element.substring(0, element.length() - "Fault".length())
                : element;
    }

    private static void readDetail(XMLStreamReader reader, Map<String, String> details) throws XMLStreamException {
        while (StaxReading.nextChild(reader)) {
            String field = reader.getLocalName();
            String referenceType = StaxReading.plainAttribute(reader, "type");
            if (referenceType != null) {
                details.put(field, StaxReading.reference(reader).toString());
                continue;
            }
            String text = simpleText(reader);
            if (text != null && !details.containsKey(field)) {
                details.put(field, text.strip());
            }
        }
    }

    /** @return the element's text when it has no child elements, else null (the subtree is skipped) */
    private static String simpleText(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        boolean structured = false;
        while (true) {
            int event = reader.next();
            if (event == XMLStreamReader.END_ELEMENT) {
                return structured ? null : text.toString();
            }
            if (event == XMLStreamReader.START_ELEMENT) {
                structured = true;
                StaxReading.skipElement(reader);
            } else if (event == XMLStreamReader.CHARACTERS || event == XMLStreamReader.CDATA
                    || event == XMLStreamReader.SPACE) {
                text.append(reader.getText());
            }
        }
    }
}
