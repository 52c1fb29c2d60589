package dev.cloudfit.assess.inventory.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header record of a CSV file. Lookups use {@link HeaderNames#normalize normalized} names;
 * when a name occurs twice the first column wins, as in the RVTools readers we learnt from.
 */
public record CsvHeader(List<String> names) {

    public CsvHeader {
        names = List.copyOf(names);
    }

    public int size() {
        return names.size();
    }

    /** All columns, in file order. */
    public List<CsvColumn> columns() {
        List<CsvColumn> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            out.add(new CsvColumn(i, names.get(i)));
        }
        return out;
    }

    /** The first column whose normalized name equals the normalized {@code name}. */
    public Optional<CsvColumn> find(String name) {
        String wanted = HeaderNames.normalize(name);
        for (int i = 0; i < names.size(); i++) {
            if (HeaderNames.normalize(names.get(i)).equals(wanted)) {
                return Optional.of(new CsvColumn(i, names.get(i)));
            }
        }
        return Optional.empty();
    }
}
