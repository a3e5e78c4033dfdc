package io.github.smimecheck.check.verdict;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.ReadProblem;
import io.github.smimecheck.check.policy.DocumentedException;
import io.github.smimecheck.check.rules.Finding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Marks findings as covered by documented exceptions at the scan's as-of instant and counts, per
 * exception, what it covered. The first exception in file order that is in force, lists the
 * finding's code and matches the certificate covers the finding. An expired or not yet approved
 * exception that would match covers nothing; the match is counted so the evidence shows what it
 * would have covered.
 */
final class ExceptionCoverage {

    private final List<DocumentedException> exceptions;
    private final Instant asOf;
    private final int[] covered;
    private final int[] blocked;

    ExceptionCoverage(List<DocumentedException> exceptions, Instant asOf) {
        this.exceptions = List.copyOf(exceptions);
        this.asOf = asOf;
        this.covered = new int[exceptions.size()];
        this.blocked = new int[exceptions.size()];
    }

    CertificateResult cover(CertificateResult certificate) {
        List<Finding> findings = new ArrayList<>();
        for (Finding finding : certificate.findings()) {
            findings.add(cover(finding, exception -> exception.matcher().matches(certificate)));
        }
        return certificate.withFindings(findings, certificate.owner());
    }

    ReadProblem cover(ReadProblem problem) {
        Finding finding = cover(problem.finding(), exception -> exception.matcher().matchesUnreadable(problem.location()));
        return new ReadProblem(problem.location(), finding);
    }

    /** Returns how many findings the exception at this index covered. */
    int coveredBy(int index) {
        return covered[index];
    }

    /** Returns how many findings the exception at this index matched but could not cover. */
    int blockedBy(int index) {
        return blocked[index];
    }

    private Finding cover(Finding finding, Predicate<DocumentedException> matchesSubject) {
        if (finding.isCovered() || finding.code().startsWith(VerdictCodes.EXCEPTION_PREFIX)) {
            return finding;
        }
        for (int i = 0; i < exceptions.size(); i++) {
            DocumentedException exception = exceptions.get(i);
            if (!exception.codes().contains(finding.code()) || !matchesSubject.test(exception)) {
                continue;
            }
            if (exception.isInForce(asOf)) {
                covered[i]++;
                return finding.coveredBy(exception.id());
            }
            blocked[i]++;
        }
        return finding;
    }
}
