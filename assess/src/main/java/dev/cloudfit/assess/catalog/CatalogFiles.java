package dev.cloudfit.assess.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where the catalog's JSON files are read from: the copy bundled in the jar, or a directory the user
 * points at (an updated catalog). Parses each file to a Jackson tree; a file that is missing or not
 * JSON fails with a {@link CatalogException} naming it.
 */
final class CatalogFiles {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String classpathBase;
    private final Path directory;

    private CatalogFiles(String classpathBase, Path directory) {
        this.classpathBase = classpathBase;
        this.directory = directory;
    }

    static CatalogFiles classpath(String base) {
        return new CatalogFiles(base.endsWith("/") ? base : base + "/", null);
    }

    static CatalogFiles directory(Path directory) {
        return new CatalogFiles(null, directory);
    }

    boolean userSupplied() {
        return directory != null;
    }

    /** The root object of one catalog file. */
    EntryReader open(String name) {
        try (InputStream in = stream(name)) {
            JsonNode root = JSON.readTree(in);
            if (root == null || !root.isObject()) {
                throw new CatalogException(name, null, "the file must hold one JSON object", userSupplied(), null);
            }
            return new EntryReader(name, null, root, userSupplied());
        } catch (NoSuchFileException e) {
            throw new CatalogException(name, null, "file not found in " + (directory != null ? directory.toString() : "the classpath at " + classpathBase), userSupplied(), e);
        } catch (JsonProcessingException e) {
            throw new CatalogException(name, null, "is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()), userSupplied(), e);
        } catch (IOException e) {
            throw new CatalogException(name, null, "cannot be read: " + e.getMessage(), userSupplied(), e);
        }
    }

    private InputStream stream(String name) throws IOException {
        if (directory != null) {
            return Files.newInputStream(directory.resolve(name));
        }
        InputStream in = CatalogFiles.class.getResourceAsStream(classpathBase + name);
        if (in == null) {
            throw new NoSuchFileException(classpathBase + name);
        }
        return in;
    }
}
