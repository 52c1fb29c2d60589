package dev.cloudfit.assess.inventory.generate;

import dev.cloudfit.assess.inventory.PowerState;
import dev.cloudfit.assess.inventory.Tag;
import dev.cloudfit.assess.inventory.Vm;
import dev.cloudfit.core.units.DataSize;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns every RVTools 4.7 VM sheet (vCPU, vMemory, vDisk, vPartition, vNetwork) starts and
 * ends with: {@code VM, Powerstate, Template, SRM Placeholder} first; then, after the sheet's own
 * columns, {@code Annotation}, one column per custom attribute, one per tag category, and the VM's
 * place and identity ({@code Datacenter … VI SDK UUID}).
 */
final class RvToolsVmColumns {

    static final List<String> LEADING = List.of("VM", "Powerstate", "Template", "SRM Placeholder");

    private final String vcenter;
    private final String vcenterUuid;
    private final List<String> attributes;
    private final List<String> tagCategories;

    RvToolsVmColumns(String vcenter, String vcenterUuid, List<String> attributes, List<String> tagCategories) {
        this.vcenter = vcenter;
        this.vcenterUuid = vcenterUuid;
        this.attributes = List.copyOf(attributes);
        this.tagCategories = List.copyOf(tagCategories);
    }

    String vcenter() {
        return vcenter;
    }

    String vcenterUuid() {
        return vcenterUuid;
    }

    /** The headers of a VM sheet: leading, {@code own}, then the trailing block. */
    List<String> headers(List<String> own) {
        List<String> h = new ArrayList<>(LEADING);
        h.addAll(own);
        h.addAll(annotationBlock());
        h.addAll(List.of("Datacenter", "Cluster", "Host", "Folder", "OS according to the configuration file",
                "OS according to the VMware Tools", "VM ID", "VM UUID", "VI SDK Server", "VI SDK UUID"));
        return h;
    }

    /** {@code Annotation}, then custom attribute and tag category names (vInfo uses it too). */
    List<String> annotationBlock() {
        List<String> h = new ArrayList<>();
        h.add("Annotation");
        h.addAll(attributes);
        h.addAll(tagCategories);
        return h;
    }

    RowCells leading(Vm vm) {
        return new RowCells().text(vm.name()).text(powerState(vm.powerState())).flag(vm.template()).flag(false);
    }

    void annotation(RowCells row, Vm vm) {
        row.text(vm.annotation());
        for (String a : attributes) {
            row.text(vm.customAttributes().get(a));
        }
        for (String category : tagCategories) {
            String names = vm.tags().stream().filter(t -> category.equals(t.category())).map(Tag::name)
                    .collect(Collectors.joining(", "));
            row.text(names.isEmpty() ? null : names);
        }
    }

    void trailing(RowCells row, Vm vm) {
        annotation(row, vm);
        row.text(vm.placement().datacenter()).text(vm.placement().cluster()).text(vm.placement().host())
                .text(vm.placement().folder()).text(vm.guestOs().configured()).text(vm.guestOs().reportedByTools())
                .text(vm.identity().vmId()).text(vm.identity().instanceUuid()).text(vcenter).text(vcenterUuid);
    }

    /** vSphere's spelling of a power state, as RVTools writes it. */
    static String powerState(PowerState state) {
        return switch (state) {
            case POWERED_ON -> "poweredOn";
            case POWERED_OFF -> "poweredOff";
            case SUSPENDED -> "suspended";
            case UNKNOWN -> null;
        };
    }

    /** A size in whole MiB, as RVTools writes sizes. */
    static long mib(DataSize size) {
        return size.bytes() / DataSize.MIB;
    }
}
