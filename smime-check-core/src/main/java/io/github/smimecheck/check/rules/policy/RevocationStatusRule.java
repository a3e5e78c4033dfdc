package io.github.smimecheck.check.rules.policy;

import io.github.smimecheck.check.policy.RevocationSettings;
import io.github.smimecheck.check.revocation.RevocationStatus;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.util.List;

/**
 * A shipped S/MIME certificate must not be revoked by its CA. Runs only when the policy's
 * {@code revocation.check} is not {@code off}; the status comes from the CA's CRL or OCSP responder
 * as the scan's {@link io.github.smimecheck.check.revocation.RevocationChecker} establishes it at
 * the as-of instant.
 *
 * <p>A status that cannot be established (source unreachable, response unverifiable or stale,
 * issuer certificate missing from the scan) is reported as {@link #UNKNOWN}, never as a pass. The
 * rule does not decide that finding's severity: {@code revocation.failWhenUnknown: false} makes the
 * policy's default severity for the code WARNING instead of ERROR, through
 * {@link io.github.smimecheck.check.policy.Policy#severityFor}, and an entry for the code in the
 * policy's {@code severity} map still wins over both.
 */
public final class RevocationStatusRule extends SmimePolicyRule {

    public static final FindingCode REVOKED = FindingCode.error("policy.revocation.revoked",
            "organisation policy: revocation",
            "The issuing CA has revoked the certificate, according to its CRL or OCSP responder.");
    public static final FindingCode UNKNOWN = FindingCode.error(RevocationSettings.UNKNOWN_CODE,
            "organisation policy: revocation",
            "The revocation status could not be fetched or verified; WARNING when revocation.failWhenUnknown is"
                    + " false.");

    @Override
    public List<FindingCode> codes() {
        return List.of(REVOKED, UNKNOWN);
    }

    @Override
    public boolean appliesTo(CertificateUnderTest certificate) {
        return super.appliesTo(certificate) && certificate.revocation().enabled();
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        RevocationStatus status = certificate.revocation().check(certificate.holder(), certificate.verifiedIssuer());
        String serial = certificate.holder().getSerialNumber().toString(16);

        switch (status.state()) {
            case REVOKED -> findings.report(REVOKED, "serial " + serial + " was revoked on " + status.revocationDate()
                    + " with reason " + status.reason() + " (source " + status.source() + "); replace the"
                    + " certificate in the artifact with a valid one");
            case UNKNOWN -> findings.report(UNKNOWN, "the revocation status of serial " + serial + " is unknown"
                    + " (source " + status.source() + "): " + status.detail());
            case GOOD -> {
            }
        }
    }
}
