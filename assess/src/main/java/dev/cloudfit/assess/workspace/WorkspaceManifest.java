package dev.cloudfit.assess.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.core.error.InputLocation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * {@code workspace.json}: the small human-readable file that marks a folder as a cloudfit workspace.
 * It names the file format ({@link #FORMAT}, version {@link #FORMAT_VERSION}), when the workspace
 * was created and by which cloudfit version. The database's own schema version lives in the database.
 */
public record WorkspaceManifest(int formatVersion, Instant created, String toolVersion) {

    public static final String FILE_NAME = "workspace.json";
    public static final String FORMAT = "cloudfit-workspace";
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    public WorkspaceManifest {
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(toolVersion, "toolVersion");
    }

    /** Reads and checks the manifest; anything else than our format is refused, naming the file. */
    public static WorkspaceManifest read(Path file) {
        InputLocation where = InputLocation.of(file);
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInputException(where, "not a cloudfit workspace manifest (unreadable JSON: "
                    + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new BadInputException(where, "cannot read the workspace manifest: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw new BadInputException(where, "not a cloudfit workspace manifest (no \"format\": \"" + FORMAT + "\")");
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version < 1) {
            throw new BadInputException(where, "workspace manifest has no valid formatVersion");
        }
        if (version > FORMAT_VERSION) {
            throw new BadInputException(where, "workspace format " + version + " is newer than this cloudfit knows ("
                    + FORMAT_VERSION + "); use a newer cloudfit");
        }
        try {
            return new WorkspaceManifest(version, Instant.parse(root.path("created").asText("")),
                    root.path("toolVersion").asText("unknown"));
        } catch (DateTimeParseException e) {
            throw new BadInputException(where, "workspace manifest has no valid \"created\" time", e);
        }
    }

    /** Writes the manifest next to a temporary copy first, then moves it into place. */
    public void write(Path file) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", formatVersion);
        root.put("created", created.toString());
        root.put("toolVersion", toolVersion);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
