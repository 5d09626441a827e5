package dev.cdcarchitect.export.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * The reproducible-builds convention (reproducible-builds.org/specs/source-date-epoch): when SOURCE_DATE_EPOCH
 * holds seconds since 1970, exports use that moment instead of the clock, so the same input gives the same bytes
 * on any day. A value that is not a whole number of seconds is ignored.
 */
public final class SourceDateEpoch {

    public static final String VARIABLE = "SOURCE_DATE_EPOCH";

    private SourceDateEpoch() {}

    public static Optional<Instant> get() {
        return from(System.getenv());
    }

    static Optional<Instant> from(Map<String, String> environment) {
        String value = environment.get(VARIABLE);
        if (value == null || !value.strip().matches("\\d{1,12}")) return Optional.empty();
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
    }

    /** The date an export prints: SOURCE_DATE_EPOCH's day (UTC) when set, otherwise today. */
    public static LocalDate today() {
        return get().map(i -> LocalDate.ofInstant(i, ZoneOffset.UTC)).orElseGet(LocalDate::now);
    }
}
