package dev.cloudfit.migrate.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudfit.migrate.status.VmStatus;
import java.io.PrintWriter;
import java.util.List;

/** The status rows as a table for people or JSON for pipelines. */
public final class StatusPrinter {

    private StatusPrinter() {
    }

    /** The table {@code migrate status} prints (also {@code demo --migrate}). */
    public static void table(List<VmStatus> rows, PrintWriter out) {
        out.printf("%-28s %4s  %-24s %-16s %12s  %s%n", "VM", "Wave", "State", "Last step", "MiB moved", "Error / remedy");
        for (VmStatus s : rows) {
            out.printf("%-28s %4d  %-24s %-16s %,12d  %s%n", s.vm(), s.wave(), s.state().words()
                    + (s.mode().isEmpty() ? "" : " (" + s.mode() + ")"), s.step(), s.bytesMoved() >> 20,
                    s.error().isEmpty() ? "" : s.error() + " — " + s.remedy());
        }
        out.flush();
    }

    static void json(List<VmStatus> rows, PrintWriter out) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode a = json.createArrayNode();
        for (VmStatus s : rows) {
            ObjectNode o = a.addObject();
            o.put("vm", s.vm()).put("instanceUuid", s.instanceUuid()).put("wave", s.wave()).put("targetSize", s.targetSize())
                    .put("state", s.state().name()).put("mode", s.mode()).put("lastStep", s.step())
                    .put("bytesMoved", s.bytesMoved());
            o.put("started", s.started().map(Object::toString).orElse(null));
            o.put("ended", s.ended().map(Object::toString).orElse(null));
            s.azureResources().forEach(o.putArray("azureResources")::add);
            o.put("error", s.error()).put("remedy", s.remedy()).put("workspace", s.workspace());
        }
        try {
            out.println(json.writeValueAsString(a));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.flush();
    }
}
