package dev.cloudfit.vsphere.datastore;

import dev.cloudfit.core.error.BadInputException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file on a datastore, as vSphere writes it: {@code [datastore] folder/file.vmdk}.
 *
 * @param datastore the datastore name
 * @param path the path inside the datastore, with {@code /} separators and no leading slash
 */
public record DatastorePath(String datastore, String path) {

    private static final Pattern FORM = Pattern.compile("\\[([^\\]]+)\\]\\s*(.*)");

    public DatastorePath {
        Objects.requireNonNull(datastore, "datastore");
        Objects.requireNonNull(path, "path");
        if (datastore.isBlank()) {
            throw new IllegalArgumentException("datastore must not be blank");
        }
        if (path.startsWith("/") || path.contains("..")) {
            throw new IllegalArgumentException("not a path inside a datastore: " + path);
        }
    }

    /**
     * @param text e.g. {@code [LocalDS_0] DC0_H0_VM0/disk1.vmdk}
     * @throws BadInputException when the text is not of that form
     */
    public static DatastorePath parse(String text) {
        Matcher m = FORM.matcher(Objects.requireNonNull(text, "text").strip());
        if (!m.matches() || m.group(2).isBlank()) {
            throw new BadInputException("not a datastore path ([datastore] folder/file): '" + text + "'");
        }
        return new DatastorePath(m.group(1), m.group(2).strip());
    }

    /** @return for a descriptor {@code x.vmdk}, its flat extent {@code x-flat.vmdk} in the same folder */
    public DatastorePath flatExtent() {
        if (!path.endsWith(".vmdk")) {
            throw new IllegalStateException("not a disk descriptor: " + this);
        }
        return new DatastorePath(datastore, path.substring(0, path.length() - ".vmdk".length()) + "-flat.vmdk");
    }

    @Override
    public String toString() {
        return "[" + datastore + "] " + path;
    }
}
