package dev.cloudfit.reports.model;

import java.util.Objects;

/** Argument checks shared by the records: text fields are never null (absent text is ""). */
final class Text {

    private Text() {
    }

    static String required(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
