package io.github.smimecheck.check.report;

import io.github.smimecheck.check.CertificateResult;
import io.github.smimecheck.check.rules.Finding;
import io.github.smimecheck.check.rules.Severity;

/** The outcome of one certificate, as the HTML, JUnit and CycloneDX reports show it. */
enum CertificateOutcome {
    /** At least one error that no exception covers: the certificate fails the build. */
    FAIL("Fail"),
    /** Errors were found, and a documented exception covers every one of them. */
    ACCEPTED("Accepted by exception"),
    /** No errors, but at least one warning. */
    WARNING("Warning"),
    /** No error and no warning. */
    PASS("Pass");

    private final String label;

    CertificateOutcome(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    static CertificateOutcome of(CertificateResult certificate) {
        if (certificate.failsBuild()) {
            return FAIL;
        }
        boolean covered = certificate.findings().stream().anyMatch(Finding::isCovered);
        if (covered) {
            return ACCEPTED;
        }
        boolean warned = certificate.findings().stream().anyMatch(finding -> finding.severity() == Severity.WARNING);
        return warned ? WARNING : PASS;
    }
}
