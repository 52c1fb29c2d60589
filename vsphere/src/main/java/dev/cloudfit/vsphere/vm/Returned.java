package dev.cloudfit.vsphere.vm;

import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import dev.cloudfit.vsphere.soap.SoapResponseReader;
import dev.cloudfit.vsphere.soap.StaxReading;

/** Response readers for methods that answer one managed object reference (a task, a lease). */
public final class Returned {

    private Returned() {
    }

    /** @return a reader for {@code <returnval type="...">value</returnval>} */
    public static SoapResponseReader<ManagedObjectReference> reference() {
        return reader -> {
            ManagedObjectReference found = null;
            while (StaxReading.nextChild(reader)) {
                if (reader.getLocalName().equals("returnval")) {
                    found = StaxReading.reference(reader);
                } else {
                    StaxReading.skipElement(reader);
                }
            }
            if (found == null) {
                throw new javax.xml.stream.XMLStreamException("the answer carries no returnval");
            }
            return found;
        };
    }
}
