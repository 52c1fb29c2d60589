package dev.cloudfit.vsphere.warm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cloudfit.core.error.BadInputException;
import dev.cloudfit.vsphere.soap.ManagedObjectReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link WarmState} as a small JSON file, written to a temporary file and moved into place so a crash
 * never leaves half a state:
 *
 * <pre>{@code
 * {"format":1,"vm":{"type":"VirtualMachine","value":"vm-42"},
 *  "snapshot":{"type":"VirtualMachineSnapshot","value":"snapshot-77"},
 *  "copiedChangeIds":{"2000":"52 de ... 4b/3"},"cycles":2}
 * }</pre>
 */
public final class WarmStateFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FORMAT = 1;

    private final Path file;

    public WarmStateFile(Path file) {
        this.file = file;
    }

    /** @return the stored state, or empty when the file does not exist */
    public Optional<WarmState> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (root == null || root.path("format").asInt() != FORMAT) {
                throw new BadInputException(file + ": not a cloudfit warm-migration state (format " + FORMAT + ")");
            }
            Map<Integer, String> ids = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = root.path("copiedChangeIds").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                ids.put(Integer.parseInt(e.getKey()), e.getValue().asText());
            }
            Optional<ManagedObjectReference> snapshot = root.hasNonNull("snapshot")
                    ? Optional.of(reference(root.get("snapshot"))) : Optional.empty();
            return Optional.of(new WarmState(reference(root.path("vm")), snapshot, ids, root.path("cycles").asInt()));
        } catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(file + ": unreadable warm-migration state: " + e.getMessage());
        }
    }

    /** Replaces the stored state. */
    public void write(WarmState state) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.set("vm", reference(state.vm()));
        state.snapshot().ifPresentOrElse(s -> root.set("snapshot", reference(s)), () -> root.putNull("snapshot"));
        ObjectNode ids = root.putObject("copiedChangeIds");
        state.copiedChangeIds().forEach((key, id) -> ids.put(Integer.toString(key), id));
        root.put("cycles", state.cycles());
        try {
            Path parent = file.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(parent, ".warm-state-", ".tmp");
            try {
                JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the warm-migration state " + file, e);
        }
    }

    private static ObjectNode reference(ManagedObjectReference ref) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", ref.type());
        node.put("value", ref.value());
        return node;
    }

    private static ManagedObjectReference reference(JsonNode node) {
        return new ManagedObjectReference(node.path("type").asText(), node.path("value").asText());
    }
}
