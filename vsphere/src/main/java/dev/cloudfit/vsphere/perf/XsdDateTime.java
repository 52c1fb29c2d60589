package dev.cloudfit.vsphere.perf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import javax.xml.stream.XMLStreamException;

/** xsd:dateTime in and out: vCenter writes UTC with {@code Z}; a value without a zone is taken as UTC. */
final class XsdDateTime {

    private XsdDateTime() {
    }

    private static final int[] NANOS_PER_DIGIT = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100,
        10, 1};

    static Instant parse(String text) throws XMLStreamException {
        String t = text.strip();
        Instant utc = utcFastPath(t);
        if (utc != null) {
            return utc;
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException withoutZone) {
            try {
                return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new XMLStreamException("not an xsd:dateTime: " + (t.length() > 40 ? t.substring(0, 40) + "..." : t));
            }
        }
    }

    /**
     * The form vCenter sends for every sample ({@code 2026-11-25T06:00:00Z}, optionally with a fraction or
     * {@code +00:00}), read without the general parser, which was an eighth of a collection's CPU; null for
     * anything else, including impossible dates, which the general parser then judges.
     */
    static Instant utcFastPath(String t) {
        int n = t.length();
        if (n < 20 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':') {
            return null;
        }
        int end;
        if (t.charAt(n - 1) == 'Z') {
            end = n - 1;
        } else if (t.endsWith("+00:00")) {
            end = n - 6;
        } else {
            return null;
        }
        int year = digits(t, 0, 4);
        int month = digits(t, 5, 7);
        int day = digits(t, 8, 10);
        int hour = digits(t, 11, 13);
        int minute = digits(t, 14, 16);
        int second = digits(t, 17, 19);
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (end > 19) {
            int fractionDigits = end - 20;
            if (t.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            int fraction = digits(t, 20, end);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction * NANOS_PER_DIGIT[fractionDigits];
        }
        if (day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code t[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String t, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    static String format(Instant instant) {
        return instant.toString();
    }
}
