package io.github.smimecheck.check;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads the as-of setting that front ends accept as text: a UTC date or an ISO-8601 instant. */
public final class AsOf {

    private AsOf() {
    }

    /**
     * Parses {@code yyyy-MM-dd} as the start of that day in UTC, or an instant such as
     * {@code 2027-03-01T12:00:00Z}. Blank text returns null, which means the clock's current instant.
     *
     * @throws IllegalArgumentException naming the value and both accepted forms
     */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid asOf '" + value + "'; expected a date such as 2027-03-01"
                    + " (start of day UTC) or an instant such as 2027-03-01T12:00:00Z", e);
        }
    }
}
