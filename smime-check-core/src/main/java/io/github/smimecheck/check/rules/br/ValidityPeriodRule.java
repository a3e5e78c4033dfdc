package io.github.smimecheck.check.rules.br;

import io.github.smimecheck.check.classify.Generation;
import io.github.smimecheck.check.rules.CertificateUnderTest;
import io.github.smimecheck.check.rules.FindingCode;
import io.github.smimecheck.check.rules.FindingSink;
import java.time.Duration;
import java.util.List;

/**
 * Limits the validity period (S/MIME BR 6.3.2): at most 825 days for the strict and
 * multipurpose generations and 1185 days for legacy. The period runs from notBefore to notAfter
 * inclusive, so it is one second longer than their difference. A day is 86,400 seconds and any
 * part of a further day counts as a whole day. A period of exactly the maximum is a warning,
 * because the BR recommends against issuing certificates for the maximum.
 */
public final class ValidityPeriodRule extends SmimeProfileRule {

    public static final FindingCode TOO_LONG = FindingCode.error("smbr.validity.period_too_long", "S/MIME BR 6.3.2",
            "The validity period exceeds 825 days (strict, multipurpose) or 1185 days (legacy).");
    public static final FindingCode AT_MAXIMUM = FindingCode.warning("smbr.validity.period_at_maximum",
            "S/MIME BR 6.3.2", "The validity period equals the maximum, which the BR recommends against.");

    static final long SECONDS_PER_DAY = 86_400;

    @Override
    protected List<FindingCode> profileCodes() {
        return List.of(TOO_LONG, AT_MAXIMUM);
    }

    @Override
    protected void checkProfile(CertificateUnderTest certificate, FindingSink findings) {
        Generation generation = certificate.smimeType().map(type -> type.generation()).orElse(Generation.LEGACY);
        long maxDays = generation == Generation.LEGACY ? 1185 : 825;

        long seconds = Duration.between(certificate.notBefore(), certificate.notAfter()).getSeconds() + 1;
        long days = Math.floorDiv(seconds + SECONDS_PER_DAY - 1, SECONDS_PER_DAY);

        if (days > maxDays) {
            findings.report(TOO_LONG, "validity period is " + days + " days (" + seconds + " s); the maximum for "
                    + generation.name().toLowerCase() + " certificates is " + maxDays + " days; reissue with a shorter"
                    + " validity");
        } else if (seconds == maxDays * SECONDS_PER_DAY) {
            findings.report(AT_MAXIMUM, "validity period is exactly the maximum of " + maxDays + " days; issue future"
                    + " certificates for less than the maximum");
        }
    }
}
