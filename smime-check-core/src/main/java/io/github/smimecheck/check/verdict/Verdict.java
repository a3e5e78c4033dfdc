package io.github.smimecheck.check.verdict;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.Outcome;
import io.github.smimecheck.check.ReadProblem;
import io.github.smimecheck.check.ScanResult;
import io.github.smimecheck.check.policy.DocumentedException;
import io.github.smimecheck.check.policy.OwnerEntry;
import io.github.smimecheck.check.policy.Policy;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies owners and documented exceptions to the findings of a scan and decides its outcome,
 * all at the scan's as-of instant. Owner findings come first, so an exception can cover them too.
 */
public final class Verdict {

    private Verdict() {
    }

    /** Assigns owners, applies exceptions, reviews each exception and sets the outcome. */
    public static ScanResult decide(ScanResult result, Policy policy, List<DocumentedException> exceptions,
                                    List<OwnerEntry> owners) {
        OwnerAssignment ownership = new OwnerAssignment(owners, policy);
        ExceptionCoverage coverage = new ExceptionCoverage(exceptions, result.asOf());

        List<CertificateResult> certificates = new ArrayList<>();
        for (CertificateResult certificate : result.certificates()) {
            certificates.add(coverage.cover(ownership.assign(certificate)));
        }
        List<ReadProblem> problems = new ArrayList<>();
        result.problems().forEach(problem -> problems.add(coverage.cover(problem)));

        ExceptionReview review = new ExceptionReview(policy, result.asOf());
        List<ExceptionStatus> statuses = new ArrayList<>();
        for (int i = 0; i < exceptions.size(); i++) {
            statuses.add(review.review(exceptions.get(i), coverage.coveredBy(i), coverage.blockedBy(i)));
        }
        return decide(result.withCoverage(certificates, problems, statuses));
    }

    /** Returns the result with its outcome set: FAIL when any finding fails the build. */
    public static ScanResult decide(ScanResult result) {
        Outcome outcome = result.failingFindingCount() > 0 ? Outcome.FAIL : Outcome.PASS;
        return result.withOutcome(outcome);
    }
}
