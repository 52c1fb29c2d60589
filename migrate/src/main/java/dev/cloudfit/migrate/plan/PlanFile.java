package dev.cloudfit.migrate.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import dev.cloudfit.core.units.DataSize;
import dev.cloudfit.migrate.preflight.Finding;
import dev.cloudfit.migrate.preflight.Severity;
import dev.cloudfit.reports.model.PlanRow;
import dev.cloudfit.reports.model.VmIdentity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** {@code migrate/plan.json}: the plan as JSON, written atomically (temp file, then move). */
public final class PlanFile {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    static final int VERSION = 1;

    private PlanFile() {
    }

    public static void write(MigrationPlan plan, Path file) {
        ObjectNode o = JSON.createObjectNode();
        o.put("version", VERSION);
        o.put("workbook", plan.workbook().toString());
        o.put("workbookSha256", plan.workbookSha256());
        o.put("workbookId", plan.workbookId().toString());
        o.put("signedBy", plan.signedBy());
        o.put("vcenter", plan.vcenter());
        o.put("plannedAt", plan.plannedAt().toString());
        ArrayNode vms = o.putArray("vms");
        for (PlannedVm v : plan.vms()) {
            ObjectNode n = vms.addObject();
            PlanRow r = v.row();
            n.put("name", r.vm().name());
            n.put("vcenter", r.vm().vCenter());
            n.put("assessedMoRef", r.vm().moRef());
            n.put("instanceUuid", r.vm().instanceUuid());
            n.put("moRef", v.moRef());
            n.put("targetSize", r.targetSize());
            r.diskTypes().forEach(n.putArray("diskTypes")::add);
            n.put("region", r.region());
            n.put("resourceGroup", r.resourceGroup());
            n.put("vnet", r.vnet());
            n.put("subnet", r.subnet());
            n.put("wave", r.wave());
            n.put("ip", r.ip());
            n.put("testVnet", r.testVnet());
            n.put("approvedBy", v.approvedBy());
            n.put("approvedOn", v.approvedOn().toString());
            n.put("firmware", v.firmware());
            ArrayNode disks = n.putArray("disks");
            for (PlannedDisk d : v.disks()) {
                ObjectNode dn = disks.addObject();
                dn.put("index", d.index());
                dn.put("key", d.key());
                dn.put("capacityBytes", d.capacity().bytes());
                dn.put("file", d.fileName());
                dn.put("diskType", d.diskType());
            }
            ArrayNode findings = n.putArray("findings");
            for (Finding f : v.findings()) {
                ObjectNode fn = findings.addObject();
                fn.put("id", f.id());
                fn.put("severity", f.severity().name());
                fn.put("subject", f.subject());
                fn.put("message", f.message());
                fn.put("remedy", f.remedy());
            }
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".plan", ".tmp");
            try {
                Files.writeString(temp, JSON.writeValueAsString(o));
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static MigrationPlan read(Path file) {
        try {
            JsonNode o = JSON.readTree(Files.readString(file));
            if (o.path("version").asInt() != VERSION) {
                throw new BadInputException(InputLocation.of(file), "plan version " + o.path("version").asText()
                        + " is not " + VERSION + "; run 'cloudfit migrate plan' again");
            }
            List<PlannedVm> vms = new ArrayList<>();
            for (JsonNode n : o.path("vms")) {
                List<String> types = new ArrayList<>();
                n.path("diskTypes").forEach(t -> types.add(t.asText()));
                List<PlannedDisk> disks = new ArrayList<>();
                for (JsonNode d : n.path("disks")) {
                    disks.add(new PlannedDisk(d.path("index").asInt(), d.path("key").asInt(),
                            DataSize.ofBytes(d.path("capacityBytes").asLong()), d.path("file").asText(),
                            d.path("diskType").asText()));
                }
                List<Finding> findings = new ArrayList<>();
                for (JsonNode f : n.path("findings")) {
                    findings.add(new Finding(f.path("id").asText(), Severity.valueOf(f.path("severity").asText()),
                            f.path("subject").asText(), f.path("message").asText(), f.path("remedy").asText()));
                }
                PlanRow row = new PlanRow(new VmIdentity(n.path("name").asText(), n.path("vcenter").asText(),
                        n.path("assessedMoRef").asText(), n.path("instanceUuid").asText()), n.path("targetSize").asText(),
                        types, n.path("region").asText(), n.path("resourceGroup").asText(), n.path("vnet").asText(),
                        n.path("subnet").asText(), n.path("wave").asInt(), n.path("ip").asText(),
                        n.path("testVnet").asText());
                vms.add(new PlannedVm(row, n.path("approvedBy").asText(), LocalDate.parse(n.path("approvedOn").asText()),
                        n.path("moRef").asText(), n.path("firmware").asText(), disks, findings));
            }
            return new MigrationPlan(Path.of(o.path("workbook").asText()), o.path("workbookSha256").asText(),
                    UUID.fromString(o.path("workbookId").asText()), o.path("signedBy").asText(),
                    o.path("vcenter").asText(), Instant.parse(o.path("plannedAt").asText()), vms);
        } catch (JsonProcessingException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(InputLocation.of(file), "the plan file is damaged (" + e.getMessage()
                    + "); run 'cloudfit migrate plan' again", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
