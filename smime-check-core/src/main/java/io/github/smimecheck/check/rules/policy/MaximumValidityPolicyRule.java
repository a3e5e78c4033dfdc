package io.github.smimecheck.check.rules.policy;

import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.time.Duration;
import java.util.List;

/**
 * The validity period may be at most the policy's {@code maxValidityDays}. The period runs from
 * notBefore through notAfter inclusive (RFC 5280 4.1.2.5), so one second is added to the
 * difference, and a started day counts as a whole day.
 */
public final class MaximumValidityPolicyRule extends SmimePolicyRule {

    public static final FindingCode TOO_LONG = FindingCode.error("policy.validity.too_long",
            "organisation policy: maxValidityDays", "The validity period is longer than the policy's maxValidityDays.");

    private static final long SECONDS_PER_DAY = 86_400;

    @Override
    public List<FindingCode> codes() {
        return List.of(TOO_LONG);
    }

    @Override
    public void check(CertificateUnderTest certificate, FindingSink findings) {
        long seconds = Duration.between(certificate.notBefore(), certificate.notAfter()).getSeconds() + 1;
        long days = Math.floorDiv(seconds + SECONDS_PER_DAY - 1, SECONDS_PER_DAY);
        int maxDays = certificate.policy().maxValidityDays();
        if (days > maxDays) {
            findings.report(TOO_LONG, "validity period is " + days + " days; the policy allows at most " + maxDays
                    + " days; reissue with a shorter validity");
        }
    }
}
