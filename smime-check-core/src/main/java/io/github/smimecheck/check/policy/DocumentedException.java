package io.github.smimecheck.check.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * One approved, time-limited exception: the findings with the listed codes on the matched
 * certificates are covered (they stay in the evidence, marked with the id) from the start of the
 * {@code approved} day through the end of the {@code expires} day, both in UTC.
 *
 * @param file the exceptions file, as given
 * @param line the line of the entry in that file, for messages
 */
public record DocumentedException(
        String id,
        String file,
        int line,
        CertificateMatcher matcher,
        List<String> codes,
        String owner,
        String approver,
        String reason,
        String ticket,
        LocalDate approved,
        LocalDate expires) {

    public DocumentedException {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(matcher, "matcher");
        codes = List.copyOf(codes);
        Objects.requireNonNull(approved, "approved");
        Objects.requireNonNull(expires, "expires");
    }

    /** Returns the first instant the exception no longer covers anything: midnight UTC after {@code expires}. */
    public Instant end() {
        return expires.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Returns the first instant the exception covers findings: midnight UTC at the start of {@code approved}. */
    public Instant start() {
        return approved.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public boolean isExpired(Instant asOf) {
        return !asOf.isBefore(end());
    }

    public boolean isInForce(Instant asOf) {
        return !asOf.isBefore(start()) && !isExpired(asOf);
    }

    /** Returns where the entry is written, such as {@code exceptions.yaml:12}. */
    public String source() {
        return line > 0 ? file + ":" + line : file;
    }
}
