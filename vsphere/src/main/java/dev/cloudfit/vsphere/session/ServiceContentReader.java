package dev.cloudfit.vsphere.session;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.soap.StaxReading;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads {@code RetrieveServiceContentResponse}: {@code about} plus every reference-valued field. */
final class ServiceContentReader implements SoapResponseReader<ServiceContent> {

    @Override
    public ServiceContent read(XMLStreamReader reader) throws XMLStreamException {
        AboutInfo about = null;
        Map<String, ManagedObjectReference> managers = new LinkedHashMap<>();
        while (StaxReading.nextChild(reader)) {
            if (!reader.getLocalName().equals("returnval")) {
                StaxReading.skipElement(reader);
                continue;
            }
            while (StaxReading.nextChild(reader)) {
                String field = reader.getLocalName();
                if (field.equals("about")) {
                    about = readAbout(reader);
                } else if (StaxReading.plainAttribute(reader, "type") != null) {
                    managers.put(field, StaxReading.reference(reader));
                } else {
                    StaxReading.skipElement(reader);
                }
            }
        }
        if (about == null) {
            throw new XMLStreamException("the service content has no 'about'");
        }
        return new ServiceContent(about, managers);
    }

    private static AboutInfo readAbout(XMLStreamReader reader) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (StaxReading.nextChild(reader)) {
            fields.put(reader.getLocalName(), StaxReading.text(reader).strip());
        }
        return new AboutInfo(field(fields, "name"), field(fields, "fullName"), field(fields, "vendor"),
                field(fields, "version"), field(fields, "build"), field(fields, "osType"), field(fields, "apiType"),
                field(fields, "apiVersion"), field(fields, "instanceUuid"));
    }

    private static String field(Map<String, String> fields, String name) {
        return fields.getOrDefault(name, "");
    }
}
