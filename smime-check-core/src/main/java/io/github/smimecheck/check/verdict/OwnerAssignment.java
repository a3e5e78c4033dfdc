package io.github.smimecheck.check.verdict;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.Owner;
import io.github.smimecheck.check.policy.OwnerEntry;
import io.github.smimecheck.check.policy.Policy;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.FindingCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives each certificate its owner from the owners file. The first matching entry names the
 * owner. Entries that match one certificate with different accountable owners make the owner
 * ambiguous: the certificate gets no owner and a {@code policy.owner.ambiguous} finding. An S/MIME
 * certificate no entry matches gets a {@code policy.owner.missing} finding; other categories are
 * inventoried without one. Accountable names are compared exactly, so "Jane Doe" and "jane doe"
 * count as two owners.
 */
final class OwnerAssignment {

    private final List<OwnerEntry> owners;
    private final Policy policy;

    OwnerAssignment(List<OwnerEntry> owners, Policy policy) {
        this.owners = List.copyOf(owners);
        this.policy = policy;
    }

    CertificateResult assign(CertificateResult certificate) {
        List<OwnerEntry> matching = owners.stream().filter(entry -> entry.matcher().matches(certificate)).toList();
        Set<String> accountable = new LinkedHashSet<>();
        matching.forEach(entry -> accountable.add(entry.owner().accountable()));
        List<Finding> findings = new ArrayList<>(certificate.findings());

        if (accountable.size() > 1) {
            report(findings, VerdictCodes.OWNER_AMBIGUOUS, "owner entries " + describe(matching)
                    + " match this certificate with different accountable owners " + accountable
                    + "; expected exactly one; narrow the match of all but one entry");
            return certificate.withFindings(findings, null);
        }
        if (matching.isEmpty()) {
            if (certificate.classification().isSmime()) {
                report(findings, VerdictCodes.OWNER_MISSING, "no owners-file entry matches this S/MIME certificate"
                        + " (sha256 " + certificate.sha256() + "); add an entry with an accountable owner that matches"
                        + " its sha256, issuer and serial, subject or location");
            }
            return certificate.withFindings(findings, null);
        }

        Owner owner = matching.get(0).owner();
        return certificate.withFindings(findings, owner);
    }

    private void report(List<Finding> findings, FindingCode code, String message) {
        policy.severityFor(code).ifPresent(severity -> findings.add(Finding.of(code, severity, message)));
    }

    private static String describe(List<OwnerEntry> entries) {
        List<String> names = new ArrayList<>();
        entries.forEach(entry -> names.add(entry.owner().id() + " (" + entry.source() + ", accountable "
                + entry.owner().accountable() + ")"));
        return String.join(", ", names);
    }
}
