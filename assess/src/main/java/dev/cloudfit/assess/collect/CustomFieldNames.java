package dev.cloudfit.assess.collect;

import dev.cloudfit.vsphere.property.PropertyCollector;
import dev.cloudfit.vsphere.property.PropertyValue;
import dev.cloudfit.vsphere.session.VcenterSession;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Custom attribute names by key ({@code CustomFieldsManager.field}): a VM's {@code customValue}
 * carries only the key, RVTools shows the name, and so does the inventory model.
 */
final class CustomFieldNames {

    private CustomFieldNames() {
    }

    static Map<Integer, String> read(VcenterSession session) {
        Map<Integer, String> names = new HashMap<>();
        session.serviceContent().customFieldsManager().ifPresent(manager -> {
            Optional<PropertyValue> fields = new PropertyCollector(session).read(manager, "field").get("field");
            fields.ifPresent(f -> {
                for (PropertyValue def : f.elements()) {
                    String type = Values.text(def, "managedObjectType").orElse("VirtualMachine");
                    if (!type.equals("VirtualMachine") && !type.equals("ManagedEntity")) {
                        continue;
                    }
                    Values.intValue(def, "key").ifPresent(k -> Values.text(def, "name").ifPresent(n -> names.put(k, n)));
                }
            });
        });
        return names;
    }
}
