package io.github.smimecheck.check.verdict;

import io.github.smimecheck.check.rules.Finding;
import java.time.LocalDate;
import java.util.List;

/**
 * The state of one documented exception at the scan's as-of date: in force, expiring soon, expired
 * or not yet in force, and how many findings it covered. An expired exception covers nothing.
 *
 * @param source where the entry is written, such as {@code exceptions.yaml:12}
 * @param match the entry's match criteria in one line
 * @param coveredFindings findings this exception covered
 * @param blockedFindings findings it matched but could not cover, because it was expired or not yet in force
 * @param findings the findings about the exception itself (expired, expiring, unused, not in force)
 */
public record ExceptionStatus(
        String id,
        String source,
        String owner,
        String approver,
        String reason,
        String ticket,
        LocalDate approved,
        LocalDate expires,
        List<String> codes,
        String match,
        State state,
        int coveredFindings,
        int blockedFindings,
        List<Finding> findings) {

    /** State of an exception at the as-of date. */
    public enum State {
        /** Covers findings; expires after the warning window. */
        ACTIVE,
        /** Covers findings; expires within the policy's expiry warning window. */
        EXPIRING,
        /** Past the end of its expires day (UTC); covers nothing. */
        EXPIRED,
        /** Before the start of its approved day (UTC); covers nothing. */
        NOT_IN_FORCE
    }

    public ExceptionStatus {
        codes = List.copyOf(codes);
        findings = List.copyOf(findings);
    }

    public boolean expired() {
        return state == State.EXPIRED;
    }

    public boolean expiringSoon() {
        return state == State.EXPIRING;
    }

    /** Returns whether the exception was in force and covered nothing. */
    public boolean unused() {
        return (state == State.ACTIVE || state == State.EXPIRING) && coveredFindings == 0;
    }

    /** Returns the first finding about the exception, or null when there is none. */
    public Finding finding() {
        return findings.isEmpty() ? null : findings.get(0);
    }
}
