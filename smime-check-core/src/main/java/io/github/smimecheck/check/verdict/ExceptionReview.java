package io.github.smimecheck.check.verdict;

import io.github.smimecheck.check.policy.DocumentedException;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.Severity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides the state of each documented exception at the as-of instant and reports on it:
 * <ul>
 *   <li>expired (as-of at or after midnight UTC following {@code expires}): an error that names the
 *       id, owner and expiry date;</li>
 *   <li>expiring (in force, and as-of at or after {@code expires + 1 day - expiry.warningDays}): a
 *       warning;</li>
 *   <li>in force but covering nothing: unused, INFO, or ERROR when {@code exceptions.failOnUnused} is set;</li>
 *   <li>as-of before the {@code approved} day: not in force, a warning, and it covers nothing.</li>
 * </ul>
 */
final class ExceptionReview {

    private final Policy policy;
    private final Instant asOf;
    private final LocalDate asOfDate;

    ExceptionReview(Policy policy, Instant asOf) {
        this.policy = policy;
        this.asOf = asOf;
        this.asOfDate = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    }

    ExceptionStatus review(DocumentedException exception, int covered, int blocked) {
        ExceptionStatus.State state = state(exception);
        String named = "exception " + exception.id() + " (owner " + exception.owner() + ", approver "
                + exception.approver() + ticket(exception) + ")";
        List<Finding> findings = new ArrayList<>();

        switch (state) {
            case EXPIRED -> report(findings, VerdictCodes.EXCEPTION_EXPIRED, named + " expired on " + exception.expires()
                    + " (valid through the end of that day UTC; as of " + asOfDate + ") and no longer covers "
                    + blocked + " finding(s) with codes " + exception.codes()
                    + "; fix the certificates or get the exception renewed with a new expires date");
            case NOT_IN_FORCE -> report(findings, VerdictCodes.EXCEPTION_NOT_IN_FORCE, named + " is approved from "
                    + exception.approved() + ", after the as-of date " + asOfDate
                    + ", so it covers nothing yet; correct the approved date if it is wrong");
            case EXPIRING -> report(findings, VerdictCodes.EXCEPTION_EXPIRING, named + " expires on "
                    + exception.expires() + ", " + ChronoUnit.DAYS.between(asOfDate, exception.expires())
                    + " day(s) after the as-of date " + asOfDate + " (warning window " + policy.expiryWarningDays()
                    + " days); fix the certificates or renew the exception before then");
            case ACTIVE -> { }
        }
        boolean inForce = state == ExceptionStatus.State.ACTIVE || state == ExceptionStatus.State.EXPIRING;
        if (inForce && covered == 0) {
            reportUnused(findings, named + " covered no finding (match " + exception.matcher().describe() + ", codes "
                    + exception.codes() + "); remove it or correct its match and codes");
        }
        return new ExceptionStatus(exception.id(), exception.source(), exception.owner(), exception.approver(),
                exception.reason(), exception.ticket(), exception.approved(), exception.expires(), exception.codes(),
                exception.matcher().describe(), state, covered, blocked, findings);
    }

    private ExceptionStatus.State state(DocumentedException exception) {
        if (exception.isExpired(asOf)) {
            return ExceptionStatus.State.EXPIRED;
        }
        if (asOf.isBefore(exception.start())) {
            return ExceptionStatus.State.NOT_IN_FORCE;
        }
        Instant warningStart = exception.end().minus(policy.expiryWarningDays(), ChronoUnit.DAYS);
        return asOf.isBefore(warningStart) ? ExceptionStatus.State.ACTIVE : ExceptionStatus.State.EXPIRING;
    }

    private void report(List<Finding> findings, FindingCode code, String message) {
        policy.severityFor(code).ifPresent(severity -> findings.add(Finding.of(code, severity, message)));
    }

    private void reportUnused(List<Finding> findings, String message) {
        Optional<Severity> severity = policy.failOnUnusedExceptions()
                ? Optional.of(Severity.ERROR) : policy.severityFor(VerdictCodes.EXCEPTION_UNUSED);
        severity.ifPresent(value -> findings.add(Finding.of(VerdictCodes.EXCEPTION_UNUSED, value, message)));
    }

    private static String ticket(DocumentedException exception) {
        return exception.ticket() == null || exception.ticket().isBlank() ? "" : ", ticket " + exception.ticket();
    }
}
