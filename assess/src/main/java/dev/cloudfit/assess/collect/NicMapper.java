package dev.cloudfit.assess.collect;

import dev.cloudfit.assess.inventory.Nic;
import dev.cloudfit.vsphere.property.PropertyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A virtual Ethernet card as an inventory {@link Nic}: label, port group (a standard network's
 * {@code deviceName}, or a distributed port group found by its key), adapter type as RVTools writes
 * it ({@code Vmxnet3}, {@code E1000e}), MAC, connected state, and the addresses VMware Tools reports
 * for it in {@code guest.net} (matched by {@code deviceConfigId}; IPv6 told apart by its colons).
 */
final class NicMapper {

    private NicMapper() {
    }

    static Nic map(PropertyValue nic, Map<Integer, PropertyValue> guestNicsByKey, Topology topology) {
        String network = Values.text(nic, "backing.deviceName")
                .or(() -> Values.text(nic, "backing.port.portgroupKey").map(k -> topology.portgroupName(k).orElse(k)))
                .or(() -> Values.reference(nic, "backing.network").flatMap(topology::name))
                .or(() -> Values.text(nic, "backing.opaqueNetworkId"))
                .orElse(null);
        List<String> v4 = new ArrayList<>();
        List<String> v6 = new ArrayList<>();
        PropertyValue guest = Values.intValue(nic, "key").map(guestNicsByKey::get).orElse(null);
        if (guest instanceof dev.cloudfit.vsphere.property.DataObjectValue data) {
            for (PropertyValue ip : data.all("ipAddress")) {
                ip.text().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(a -> (a.contains(":") ? v6 : v4).add(a));
            }
        }
        String type = nic.typeName();
        String adapter = type == null ? null : type.startsWith("Virtual") ? type.substring("Virtual".length()) : type;
        return new Nic(Values.orNull(Values.text(nic, "deviceInfo.label")), network, adapter,
                Values.orNull(Values.text(nic, "macAddress")),
                nic.path("connectable.connected").flatMap(PropertyValue::booleanValue).orElse(true), v4, v6);
    }
}
