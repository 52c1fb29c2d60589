package dev.cloudfit.migrate.plan;

import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where migrate keeps its state in a workspace folder:
 * <pre>
 *   migrate/plan.json                the plan (written by 'migrate plan')
 *   migrate/journal/UUID.jsonl       one durable journal per VM (instance UUID)
 *   migrate/uploads/UUID-N.journal   the upload journal of disk N (resume of a copy)
 * </pre>
 * The folder may be shared with an assessment's workspace; migrate touches only {@code migrate/}.
 */
public record MigrateWorkspace(Path root) {

    public static MigrateWorkspace at(Path root) {
        return new MigrateWorkspace(root.toAbsolutePath());
    }

    public Path folder() {
        return root.resolve("migrate");
    }

    public Path planFile() {
        return folder().resolve("plan.json");
    }

    public Path journal(String instanceUuid) {
        return folder().resolve("journal").resolve(safe(instanceUuid) + ".jsonl");
    }

    public Path uploadJournal(String instanceUuid, int disk) {
        return folder().resolve("uploads").resolve(safe(instanceUuid) + "-" + disk + ".journal");
    }

    /** Where a VM's warm migration state (snapshot held, change ids copied) is kept between cycles. */
    public Path warmState(String instanceUuid) {
        return folder().resolve("warm").resolve(safe(instanceUuid) + ".json");
    }

    /** The plan, or a clear error saying to run {@code migrate plan} first. */
    public MigrationPlan plan() {
        if (!Files.isRegularFile(planFile())) {
            throw new BadInputException(InputLocation.of(root), "no migration plan in this workspace; run"
                    + " 'cloudfit migrate plan --workbook APPROVED.xlsx --workspace " + root + "' first");
        }
        return PlanFile.read(planFile());
    }

    public void create() {
        try {
            Files.createDirectories(folder().resolve("journal"));
            Files.createDirectories(folder().resolve("uploads"));
            Files.createDirectories(folder().resolve("warm"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder() + ": " + e.getMessage(), e);
        }
    }

    private static String safe(String uuid) {
        return uuid.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
