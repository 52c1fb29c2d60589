package dev.cloudfit.vsphere.soap;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Small moves on a StAX reader that every response reader needs: walk the children of the
 * current element, read text, skip a subtree, read a reference. vim25 element names are unique
 * within their parent type, so readers match on local names and ignore namespaces.
 */
public final class StaxReading {

    private StaxReading() {
    }

    /**
     * Moves to the next child start tag of the element the reader is in, or to that element's end tag.
     *
     * @return true on a child's start tag, false on the parent's end tag
     */
    public static boolean nextChild(XMLStreamReader reader) throws XMLStreamException {
        return reader.nextTag() == XMLStreamConstants.START_ELEMENT;
    }

    /** Reads the text of the current element (on its start tag) and leaves the reader on its end tag. */
    public static String text(XMLStreamReader reader) throws XMLStreamException {
        return reader.getElementText();
    }

    /** Skips the current element (on its start tag) with everything inside, leaving the reader on its end tag. */
    public static void skipElement(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("document ended inside an element");
            }
        }
    }

    /** Reads {@code <name type="Type">value</name>} (on its start tag), leaving the reader on its end tag. */
    public static ManagedObjectReference reference(XMLStreamReader reader) throws XMLStreamException {
        String type = plainAttribute(reader, "type");
        if (type == null) {
            throw new XMLStreamException("a managed object reference without a type attribute: <"
                    + reader.getLocalName() + ">", reader.getLocation());
        }
        String value = reader.getElementText().strip();
        if (value.isEmpty()) {
            throw new XMLStreamException("an empty managed object reference of type " + type, reader.getLocation());
        }
        return new ManagedObjectReference(type, value);
    }

    /**
     * An attribute in no namespace. Not {@code getAttributeValue(null, name)}: a null namespace
     * matches any namespace there, so {@code type} would also find {@code xsi:type}, which typed
     * property values carry next to a reference's own {@code type}.
     *
     * @return the attribute's value, or null when the current element has none
     */
    public static String plainAttribute(XMLStreamReader reader, String name) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String ns = reader.getAttributeNamespace(i);
            if ((ns == null || ns.isEmpty()) && reader.getAttributeLocalName(i).equals(name)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    /** @return the current element's {@code xsi:type} without its prefix, or null when it has none */
    public static String xsiType(XMLStreamReader reader) {
        String type = reader.getAttributeValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
        if (type == null) {
            return null;
        }
        int colon = type.indexOf(':');
        return colon < 0 ? type : type.substring(colon + 1);
    }

    /** @return the text parsed as an xsd:int, or an XML error naming the element */
    public static int intValue(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        String text = reader.getElementText().strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new XMLStreamException("<" + name + "> is not an integer: " + abbreviate(text), reader.getLocation());
        }
    }

    /** @return the text parsed as an xsd:long, or an XML error naming the element */
    public static long longValue(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        String text = reader.getElementText().strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new XMLStreamException("<" + name + "> is not an integer: " + abbreviate(text), reader.getLocation());
        }
    }

    /** @return the text as an xsd:boolean ({@code true}/{@code 1} or {@code false}/{@code 0}) */
    public static boolean booleanValue(XMLStreamReader reader) throws XMLStreamException {
        String name = reader.getLocalName();
        String text = reader.getElementText().strip();
        return switch (text) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new XMLStreamException("<" + name + "> is not a boolean: " + abbreviate(text),
                    reader.getLocation());
        };
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
