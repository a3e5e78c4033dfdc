package io.github.smimecheck.check.rules.policy;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A certificate must be renewed before it expires. From {@code expiry.warningDays} days before
 * notAfter it is a warning; from {@code expiry.failureDays} days before notAfter it fails the
 * build. Each window starts at exactly notAfter minus that many days (that instant included) and
 * ends at notAfter; after notAfter {@link CertificateExpiryRule} reports the certificate as expired.
 * Applies to the categories in {@code expiry.categories}.
 */
public final class ExpiryWindowRule extends ExpiryScopedRule {

    public static final FindingCode EXPIRING_SOON = FindingCode.warning("policy.validity.expiring_soon",
            "organisation policy: expiry.warningDays", "The certificate expires within the policy's warning window.");
    public static final FindingCode RENEWAL_OVERDUE = FindingCode.error("policy.validity.renewal_overdue",
            "organisation policy: expiry.failureDays", "The certificate expires within the policy's failure window.");

    @Override
    public List<FindingCode> codes() {
        return List.of(EXPIRING_SOON, RENEWAL_OVERDUE);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        Instant asOf = certificate.asOf();
        Instant notAfter = certificate.notAfter();
        if (asOf.isAfter(notAfter) || asOf.isBefore(certificate.notBefore())) {
            return;
        }

        int failureDays = certificate.policy().expiryFailureDays();
        int warningDays = certificate.policy().expiryWarningDays();
        String left = "expires on " + notAfter + ", " + Duration.between(asOf, notAfter).toDays()
                + " day(s) after the as-of date " + asOf;
        if (!asOf.isBefore(notAfter.minus(failureDays, ChronoUnit.DAYS))) {
            findings.report(RENEWAL_OVERDUE, left + "; the policy requires renewal at least " + failureDays
                    + " days before expiry; deploy a renewed certificate");
        } else if (!asOf.isBefore(notAfter.minus(warningDays, ChronoUnit.DAYS))) {
            findings.report(EXPIRING_SOON, left + "; the policy warns " + warningDays + " days before expiry"
                    + " and fails the build " + failureDays + " days before; renew it soon");
        }
    }
}
