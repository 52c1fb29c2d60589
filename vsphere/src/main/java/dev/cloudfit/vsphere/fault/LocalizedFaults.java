package dev.cloudfit.vsphere.fault;

import dev.cloudfit.vsphere.property.DataObjectValue;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a {@code LocalizedMethodFault} property value ({@code Task.info.error}, {@code HttpNfcLease.error}). */
public final class LocalizedFaults {

    private LocalizedFaults() {
    }

    /** @return the fault: its type name, localized message and simple detail fields */
    public static VimFault read(PropertyValue error) {
        Optional<PropertyValue> fault = error.path("fault");
        String name = fault.map(PropertyValue::typeName).filter(t -> t != null && !t.isBlank()).orElse("UnknownFault");
        Map<String, String> details = new LinkedHashMap<>();
        if (fault.isPresent() && fault.get() instanceof DataObjectValue object) {
            for (Map.Entry<String, List<PropertyValue>> e : object.fields().entrySet()) {
                PropertyValue first = e.getValue().isEmpty() ? null : e.getValue().get(0);
                if (first == null) {
                    continue;
                }
                first.text().or(() -> first.reference().map(ManagedObjectReference::toString))
                        .filter(t -> !t.isBlank()).ifPresent(t -> details.put(e.getKey(), t.strip()));
            }
        }
        return new VimFault(name, error.path("localizedMessage").flatMap(PropertyValue::text).orElse(""), details);
    }
}
