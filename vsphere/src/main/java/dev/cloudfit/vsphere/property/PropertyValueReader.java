package dev.cloudfit.vsphere.property;

import dev.cloudfit.vsphere.soap.StaxReading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one element of a property value into a {@link PropertyValue}, by what the element is:
 * a {@code type} attribute makes a reference, an {@code ArrayOf*} {@code xsi:type} an array,
 * child elements a data object, and text alone a scalar. The reader is on the element's start tag
 * and is left on its end tag.
 */
final class PropertyValueReader {

    /** Deeper than any vim25 value; a guard against answers built to exhaust the stack. */
    static final int MAX_DEPTH = 64;

    private PropertyValueReader() {
    }

    static PropertyValue read(XMLStreamReader reader) throws XMLStreamException {
        return read(reader, 0, false);
    }

    /**
     * @param arrayElement whether the element is an item of an {@code ArrayOf*}: those are named
     *        after their type ({@code <PerfCounterInfo>}), which stands in when no {@code xsi:type} says more
     */
    private static PropertyValue read(XMLStreamReader reader, int depth, boolean arrayElement) throws XMLStreamException {
        if (depth > MAX_DEPTH) {
            throw new XMLStreamException("a property value nested deeper than " + MAX_DEPTH + " levels",
                    reader.getLocation());
        }
        String declared = StaxReading.xsiType(reader);
        String xsiType = declared == null && arrayElement ? reader.getLocalName() : declared;
        if (StaxReading.plainAttribute(reader, "type") != null) {
            return new ReferenceValue(StaxReading.reference(reader));
        }
        if (xsiType != null && xsiType.startsWith("ArrayOf")) {
            List<PropertyValue> values = new ArrayList<>();
            while (StaxReading.nextChild(reader)) {
                values.add(read(reader, depth + 1, true));
            }
            return new ArrayValue(xsiType, values);
        }
        StringBuilder text = new StringBuilder();
        Map<String, List<PropertyValue>> fields = null;
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (fields == null) {
                        fields = new LinkedHashMap<>();
                    }
                    String name = reader.getLocalName();
                    fields.computeIfAbsent(name, k -> new ArrayList<>()).add(read(reader, depth + 1, false));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (fields == null) {
                        text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return fields == null ? new ScalarValue(xsiType, text.toString()) : new DataObjectValue(xsiType, fields);
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("document ended inside a property value");
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
    }
}
