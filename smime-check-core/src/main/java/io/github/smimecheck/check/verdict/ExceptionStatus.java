package io.github.smimecheck.check.verdict;

import io.github.smimecheck.check.rules.Finding;
import java.time.LocalDate;
import java.util.List;

/**
 * How one documented exception stood at the scan's as-of date: whether it was expired or about to
 * expire, and how many findings it covered. An expired exception covers nothing.
 *
 * @param finding the finding about the exception itself (expired, expiring soon, unused), or null
 */
public record ExceptionStatus(
        String id,
        String owner,
        String approver,
        String reason,
        String ticket,
        LocalDate approved,
        LocalDate expires,
        List<String> codes,
        boolean expired,
        boolean expiringSoon,
        int coveredFindings,
        Finding finding) {

    public ExceptionStatus {
        codes = List.copyOf(codes);
    }

    public boolean unused() {
        return !expired && coveredFindings == 0;
    }
}
