package dev.cloudfit.migrate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudfit.migrate.plan.MigrationPlan;
import dev.cloudfit.migrate.plan.PlannedVm;
import dev.cloudfit.migrate.preflight.Finding;
import dev.cloudfit.migrate.preflight.Severity;
import java.io.PrintWriter;

/** The plan's findings, for people (one block per VM) or as JSON. */
public final class FindingsTable {

    private FindingsTable() {
    }

    public static void print(MigrationPlan plan, PrintWriter out) {
        out.printf("Plan of %s (SHA-256 %s…), signed by %s: %d approved VM(s)%n", plan.workbook().getFileName(),
                plan.workbookSha256().substring(0, 12), plan.signedBy(), plan.vms().size());
        for (PlannedVm vm : plan.vms()) {
            out.printf("%n%s (wave %d, %s, %d disk(s))%s%n", vm.name(), vm.row().wave(), vm.row().targetSize(),
                    vm.disks().size(), vm.blocked() ? " — BLOCKED: will not run" : "");
            for (Finding f : vm.findings()) {
                if (f.severity() == Severity.INFO && f.remedy().equals("none")) {
                    out.printf("  %-7s %-28s %s%n", f.severity(), f.id(), f.message());
                } else {
                    out.printf("  %-7s %-28s %s%n  %-7s %-28s remedy: %s%n", f.severity(), f.id(), f.message(), "", "",
                            f.remedy());
                }
            }
        }
        long blocked = plan.vms().stream().filter(PlannedVm::blocked).count();
        out.printf("%n%d VM(s) ready to run, %d blocked%n", plan.vms().size() - blocked, blocked);
        out.flush();
    }

    static void json(MigrationPlan plan, PrintWriter out) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = json.createObjectNode();
        o.put("workbook", plan.workbook().toString());
        o.put("workbookSha256", plan.workbookSha256());
        o.put("signedBy", plan.signedBy());
        ArrayNode vms = o.putArray("vms");
        for (PlannedVm vm : plan.vms()) {
            ObjectNode v = vms.addObject();
            v.put("vm", vm.name());
            v.put("instanceUuid", vm.instanceUuid());
            v.put("wave", vm.row().wave());
            v.put("blocked", vm.blocked());
            ArrayNode fs = v.putArray("findings");
            for (Finding f : vm.findings()) {
                fs.addObject().put("id", f.id()).put("severity", f.severity().name()).put("message", f.message())
                        .put("remedy", f.remedy());
            }
        }
        try {
            out.println(json.writeValueAsString(o));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}
