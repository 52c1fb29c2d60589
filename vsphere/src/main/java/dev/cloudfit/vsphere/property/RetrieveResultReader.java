package dev.cloudfit.vsphere.property;

import dev.cloudfit.vsphere.fault.VimFault;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.soap.StaxReading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one page ({@code RetrievePropertiesExResponse} or {@code ContinueRetrievePropertiesExResponse})
 * while it streams in and hands each {@code objects} element to the consumer as soon as it is read,
 * so a page of VMs never sits in memory as a whole. A page without {@code returnval} is an empty
 * result (that is how vCenter answers when nothing matches).
 *
 * <p>One instance per call: it remembers the page's continue token as soon as the token is read
 * (vCenter sends it before the objects), so a consumer failure can still cancel the rest.
 */
final class RetrieveResultReader implements SoapResponseReader<RetrieveResultReader.Page> {

    /** The outcome of one page: the token for the next one (null on the last page) and the objects delivered. */
    record Page(String token, int objects) {
    }

    private final Consumer<ObjectContent> consumer;
    private volatile String tokenSeen;

    RetrieveResultReader(Consumer<ObjectContent> consumer) {
        this.consumer = consumer;
    }

    /** @return the continue token read so far in this page, or null */
    String tokenSeen() {
        return tokenSeen;
    }

    @Override
    public Page read(XMLStreamReader reader) throws XMLStreamException {
        int count = 0;
        while (StaxReading.nextChild(reader)) {
            if (!reader.getLocalName().equals("returnval")) {
                StaxReading.skipElement(reader);
                continue;
            }
            while (StaxReading.nextChild(reader)) {
                switch (reader.getLocalName()) {
                    case "token" -> tokenSeen = StaxReading.text(reader).strip();
                    case "objects" -> {
                        consumer.accept(readObject(reader));
                        count++;
                    }
                    default -> StaxReading.skipElement(reader);
                }
            }
        }
        String token = tokenSeen;
        return new Page(token == null || token.isEmpty() ? null : token, count);
    }

    static ObjectContent readObject(XMLStreamReader reader) throws XMLStreamException {
        ManagedObjectReference obj = null;
        Map<String, PropertyValue> properties = new LinkedHashMap<>();
        List<MissingProperty> missing = new ArrayList<>();
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "obj" -> obj = StaxReading.reference(reader);
                case "propSet" -> readProperty(reader, properties);
                case "missingSet" -> missing.add(readMissing(reader));
                default -> StaxReading.skipElement(reader);
            }
        }
        if (obj == null) {
            throw new XMLStreamException("an ObjectContent without its object reference", reader.getLocation());
        }
        return new ObjectContent(obj, properties, missing);
    }

    private static void readProperty(XMLStreamReader reader, Map<String, PropertyValue> properties)
            throws XMLStreamException {
        String name = null;
        PropertyValue value = null;
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "name" -> name = StaxReading.text(reader).strip();
                case "val" -> value = PropertyValueReader.read(reader);
                default -> StaxReading.skipElement(reader);
            }
        }
        if (name == null) {
            throw new XMLStreamException("a DynamicProperty without a name", reader.getLocation());
        }
        if (value != null) {
            properties.put(name, value);
        }
    }

    private static MissingProperty readMissing(XMLStreamReader reader) throws XMLStreamException {
        String path = null;
        VimFault fault = null;
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "path" -> path = StaxReading.text(reader).strip();
                case "fault" -> fault = readLocalizedFault(reader);
                default -> StaxReading.skipElement(reader);
            }
        }
        if (path == null) {
            throw new XMLStreamException("a MissingProperty without a path", reader.getLocation());
        }
        return new MissingProperty(path, fault == null ? new VimFault("UnknownFault", "", Map.of()) : fault);
    }

    /** {@code LocalizedMethodFault}: {@code <fault xsi:type="NoPermission">...</fault><localizedMessage>}. */
    private static VimFault readLocalizedFault(XMLStreamReader reader) throws XMLStreamException {
        String name = null;
        String message = "";
        Map<String, String> details = new LinkedHashMap<>();
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "fault" -> {
                    PropertyValue value = PropertyValueReader.read(reader);
                    name = value.typeName();
                    if (value instanceof DataObjectValue data) {
                        data.fields().forEach((field, values) -> {
                            PropertyValue first = values.get(0);
                            if (first instanceof ScalarValue || first instanceof ReferenceValue) {
                                details.put(field, first.toString().strip());
                            }
                        });
                    }
                }
                case "localizedMessage" -> message = StaxReading.text(reader);
                default -> StaxReading.skipElement(reader);
            }
        }
        return new VimFault(name == null ? "UnknownFault" : name, message, details);
    }
}
