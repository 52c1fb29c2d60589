package dev.cloudfit.assess.sizing.settings;

import java.util.Objects;

/** One line of the report's Assumptions sheet. */
public record SettingRow(String name, String value, String description) {

    public SettingRow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(description, "description");
    }
}
