package io.github.smimecheck.check.rules.policy;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.time.Instant;
import java.util.List;

/**
 * A certificate must be within its validity period at the scan's "as of" instant: not expired
 * (after notAfter) and not yet valid (before notBefore). Both bounds are inclusive, as RFC 5280
 * defines validity. Applies to the categories in the policy's {@code expiry.categories} (S/MIME
 * only by default).
 */
public final class CertificateExpiryRule extends ExpiryScopedRule {

    public static final FindingCode EXPIRED = FindingCode.error("policy.validity.expired", "RFC 5280 4.1.2.5",
            "The certificate's notAfter is before the scan's as-of date.");
    public static final FindingCode NOT_YET_VALID = FindingCode.error("policy.validity.not_yet_valid",
            "RFC 5280 4.1.2.5", "The certificate's notBefore is after the scan's as-of date.");

    @Override
    public List<FindingCode> codes() {
        return List.of(EXPIRED, NOT_YET_VALID);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        Instant asOf = certificate.asOf();
        if (asOf.isAfter(certificate.notAfter())) {
            findings.report(EXPIRED, "expired on " + certificate.notAfter() + " (as of " + asOf + "); renew it and"
                    + " replace it in the artifact");
        } else if (asOf.isBefore(certificate.notBefore())) {
            findings.report(NOT_YET_VALID, "not valid before " + certificate.notBefore() + " (as of " + asOf + ");"
                    + " check the issuing CA's clock or deploy after that date");
        }
    }
}
