package dev.cloudfit.assess.inventory.rvtools;

import java.util.ArrayList;
import java.util.List;

/**
 * RVTools writes a vCenter's custom attributes (and, from 4.4.1, tag categories) as extra columns
 * between {@code Annotation} and {@code Datacenter} on the VM sheets. Their names differ per vCenter.
 */
final class CustomAttributeColumns {

    private CustomAttributeColumns() {
    }

    static List<Integer> of(HeaderRow h) {
        int annotation = h.index(RvColumns.ANNOTATION);
        int datacenter = h.index(RvColumns.DATACENTER);
        List<Integer> out = new ArrayList<>();
        if (annotation < 0 || datacenter <= annotation) {
            return out;
        }
        for (int i = annotation + 1; i < datacenter; i++) {
            if (!h.name(i).isBlank()) {
                out.add(i);
            }
        }
        return out;
    }
}
