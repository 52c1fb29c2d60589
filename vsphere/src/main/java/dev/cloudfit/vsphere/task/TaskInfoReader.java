package dev.cloudfit.vsphere.task;

import dev.cloudfit.vsphere.fault.VimFault;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.soap.StaxReading;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads {@code RetrievePropertiesEx} of one Task's {@code info}: returnval/objects/propSet/val is a TaskInfo. */
final class TaskInfoReader implements SoapResponseReader<TaskInfo> {

    private final ManagedObjectReference task;

    TaskInfoReader(ManagedObjectReference task) {
        this.task = task;
    }

    @Override
    public TaskInfo read(XMLStreamReader reader) throws XMLStreamException {
        TaskInfo[] found = new TaskInfo[1];
        walk(reader, 0, found);
        return found[0]; // null: nothing came back (see TaskWaiter#info)
    }

    private static final String[] PATH = {"returnval", "objects", "propSet", "val"};

    private void walk(XMLStreamReader reader, int depth, TaskInfo[] found) throws XMLStreamException {
        while (StaxReading.nextChild(reader)) {
            if (reader.getLocalName().equals(PATH[depth])) {
                if (depth == PATH.length - 1) {
                    found[0] = info(reader);
                } else {
                    walk(reader, depth + 1, found);
                }
            } else {
                StaxReading.skipElement(reader);
            }
        }
    }

    private TaskInfo info(XMLStreamReader reader) throws XMLStreamException {
        String name = null;
        String descriptionId = "";
        ManagedObjectReference entity = null;
        String entityName = "";
        TaskState state = null;
        OptionalInt progress = OptionalInt.empty();
        VimFault error = null;
        ManagedObjectReference result = null;
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "name" -> name = StaxReading.text(reader).strip();
                case "descriptionId" -> descriptionId = StaxReading.text(reader).strip();
                case "entity" -> entity = StaxReading.reference(reader);
                case "entityName" -> entityName = StaxReading.text(reader).strip();
                case "state" -> {
                    String wire = StaxReading.text(reader);
                    try {
                        state = TaskState.ofWire(wire);
                    } catch (IllegalArgumentException e) {
                        throw new XMLStreamException("a task state vim25 does not have: " + wire.strip());
                    }
                }
                case "progress" -> progress = OptionalInt.of(StaxReading.intValue(reader));
                case "error" -> error = fault(reader);
                case "result" -> result = referenceOrSkip(reader);
                default -> StaxReading.skipElement(reader);
            }
        }
        if (state == null) {
            throw new XMLStreamException("task " + task.value() + " has no state");
        }
        String operation = name != null && !name.isEmpty() ? name : descriptionId;
        return new TaskInfo(task, operation, Optional.ofNullable(entity), entityName, state, progress,
                Optional.ofNullable(error), Optional.ofNullable(result));
    }

    /** A {@code LocalizedMethodFault}: the fault's type and simple fields, and the localized message. */
    private static VimFault fault(XMLStreamReader reader) throws XMLStreamException {
        String name = "UnknownFault";
        String message = "";
        Map<String, String> details = new LinkedHashMap<>();
        while (StaxReading.nextChild(reader)) {
            switch (reader.getLocalName()) {
                case "fault" -> {
                    String type = StaxReading.xsiType(reader);
                    if (type != null) {
                        name = type;
                    }
                    while (StaxReading.nextChild(reader)) {
                        String field = reader.getLocalName();
                        String text = simpleText(reader);
                        if (text != null && !text.isBlank() && !details.containsKey(field)) {
                            details.put(field, text.strip());
                        }
                    }
                }
                case "localizedMessage" -> message = StaxReading.text(reader);
                default -> StaxReading.skipElement(reader);
            }
        }
        return new VimFault(name, message, details);
    }

    /** The element's text when it has no child elements; null (element skipped) otherwise. */
    private static String simpleText(XMLStreamReader reader) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(reader.getText());
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    StaxReading.skipElement(reader);
                    skipToEnd(reader);
                    return null;
                }
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("document ended inside a fault");
                default -> {
                    // comments and processing instructions carry nothing
                }
            }
        }
    }

    private static void skipToEnd(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static ManagedObjectReference referenceOrSkip(XMLStreamReader reader) throws XMLStreamException {
        if ("ManagedObjectReference".equals(StaxReading.xsiType(reader))) {
            String type = null;
            for (int i = 0; i < reader.getAttributeCount(); i++) {
                String ns = reader.getAttributeNamespace(i);
                if ((ns == null || ns.isEmpty()) && reader.getAttributeLocalName(i).equals("type")) {
                    type = reader.getAttributeValue(i);
                }
            }
            String value = StaxReading.text(reader).strip();
            return type == null || value.isEmpty() ? null : new ManagedObjectReference(type, value);
        }
        StaxReading.skipElement(reader);
        return null;
    }
}
