package dev.cloudfit.migrate.cli;

import dev.cloudfit.migrate.azure.AzureAdapter;
import dev.cloudfit.migrate.azure.AzureFinding;
import dev.cloudfit.migrate.azure.WaveDemand;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.migrate.preflight.Finding;
import dev.cloudfit.migrate.preflight.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 2's pre-flight against Azure for a plan: one demand per wave, region and resource group (so
 * quotas are checked for the whole wave), its findings attached to the VM they name, or to every VM
 * of the demand when they name the region, group or quota.
 */
final class AzurePreflightFindings {

    private AzurePreflightFindings() {
    }

    static MigrationPlan check(MigrationPlan plan, AzureAdapter azure) {
        Map<String, List<PlannedVm>> groups = new LinkedHashMap<>();
        for (PlannedVm vm : plan.vms()) {
            if (!vm.moRef().isEmpty()) {
                groups.computeIfAbsent(vm.row().wave() + "|" + vm.row().region() + "|" + vm.row().resourceGroup(),
                        k -> new ArrayList<>()).add(vm);
            }
        }
        Map<String, List<Finding>> byVm = new LinkedHashMap<>();
        for (List<PlannedVm> group : groups.values()) {
            List<WaveDemand.Vm> demand = new ArrayList<>();
            for (PlannedVm vm : group) {
                List<String> disks = new ArrayList<>();
                for (int d = 0; d < vm.disks().size(); d++) {
                    disks.add(vm.name() + (d == 0 ? "-osdisk" : "-datadisk-" + d));
                }
                demand.add(new WaveDemand.Vm(vm.name(), vm.row().targetSize(), disks, vm.name() + "-nic"));
            }
            PlannedVm first = group.get(0);
            for (AzureFinding f : azure.preflight(new WaveDemand(first.row().region(), first.row().resourceGroup(), true,
                    demand))) {
                Finding finding = new Finding(f.id(), Severity.valueOf(f.severity().name()), f.subject(), f.message(),
                        f.remedy());
                boolean named = false;
                for (PlannedVm vm : group) {
                    if (f.subject().equals(vm.name())) {
                        byVm.computeIfAbsent(vm.instanceUuid(), k -> new ArrayList<>()).add(finding);
                        named = true;
                    }
                }
                if (!named) {
                    group.forEach(vm -> byVm.computeIfAbsent(vm.instanceUuid(), k -> new ArrayList<>()).add(finding));
                }
            }
        }
        List<PlannedVm> vms = new ArrayList<>();
        for (PlannedVm vm : plan.vms()) {
            vms.add(vm.withFindings(byVm.getOrDefault(vm.instanceUuid(), List.of())));
        }
        return new MigrationPlan(plan.workbook(), plan.workbookSha256(), plan.workbookId(), plan.signedBy(), plan.vcenter(),
                plan.plannedAt(), vms);
    }
}
