package dev.cloudfit.assess.catalog;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a block of catalog figures comes from: a readable title, the public page, and where known
 * the repository file and commit the figures were transcribed from. {@code documentDate} is the
 * date the page itself carries ({@code ms.date}, or the data date of a fixture); {@code retrieved}
 * is when the figures were copied into the catalog.
 */
public record SourceRef(String title, String url, String repository, String path, String commit,
                        LocalDate documentDate, LocalDate retrieved) {

    public SourceRef {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(retrieved, "retrieved");
    }

    /** Reads a source object: title and retrieved are required, the rest optional. */
    static SourceRef read(EntryReader e) {
        return new SourceRef(e.text("title"), e.optText("url").orElse(null), e.optText("repository").orElse(null),
                e.optText("path").orElse(null), e.optText("commit").orElse(null), e.optDate("documentDate").orElse(null),
                e.date("retrieved"));
    }

    public Optional<String> commitRef() {
        return Optional.ofNullable(commit);
    }

    /** One line for the report's Assumptions sheet. */
    public String describe() {
        StringBuilder s = new StringBuilder(title);
        if (url != null) {
            s.append(" <").append(url).append('>');
        }
        if (repository != null) {
            s.append(" (").append(repository);
            if (path != null) {
                s.append(' ').append(path);
            }
            if (commit != null) {
                s.append(" @ ").append(commit, 0, Math.min(commit.length(), 12));
            }
            s.append(')');
        }
        if (documentDate != null) {
            s.append(", dated ").append(documentDate);
        }
        s.append(", retrieved ").append(retrieved);
        return s.toString();
    }
}
