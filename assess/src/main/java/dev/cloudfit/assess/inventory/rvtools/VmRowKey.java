package dev.cloudfit.assess.inventory.rvtools;

import dev.cloudfit.reports.xlsx.SheetRow;

/**
 * The identifying columns of a VM row, present on every VM sheet in recent exports: name, MoRef
 * ({@code VM ID}), instance UUID and vCenter. Older or trimmed exports carry only the name.
 */
record VmRowKey(String name, String vmId, String uuid, String vcenter) {

    /** Column indexes of the identifying columns of one sheet (-1 when absent). */
    record Columns(int name, int vmId, int uuid, int sdkServer, int sdkUuid) {

        static Columns of(HeaderRow h) {
            return new Columns(h.index(RvColumns.VM), h.index(RvColumns.VM_ID), h.index(RvColumns.VM_UUID),
                    h.index(RvColumns.SDK_SERVER), h.index(RvColumns.SDK_UUID));
        }

        int[] all() {
            return new int[] {name, vmId, uuid, sdkServer, sdkUuid};
        }

        VmRowKey read(SheetContext s, SheetRow row) {
            String server = s.text(row, sdkServer);
            if (server == null) {
                server = s.text(row, sdkUuid);
            }
            return new VmRowKey(s.text(row, name), s.text(row, vmId), s.text(row, uuid), server);
        }
    }
}
